import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// The text of a row that kept pages' keys are made from names every column of the model.
@Suite struct RowTextsTests {
    @Test func theColumnsAreEveryFieldOfTheModel() {
        let columns = RowTexts.columns(of: Wave.self)
        #expect(Set(columns.names) == Set(Wave.keys.map(\.description)))
        #expect(columns.names.contains("results_revision") && columns.names.contains("closes_at") && columns.names.contains("name"))
        #expect(columns.list.hasPrefix(#"CAST("\#(columns.names[0])" AS TEXT), "#))
        #expect(columns.list.components(separatedBy: " AS TEXT)").count == columns.names.count + 1)
    }

    @Test func aChangeInAnyColumnChangesTheRowsText() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let read = { try await RowTexts.read(Wave.self, organisation: s.organisation, on: KeyReads(app.db.sql)) }
            let before = try await read()
            #expect(before.count == 1)
            try await app.db.sql.update(Wave.schema).set("anonymity_threshold", to: SQLBind(7)).run()
            let threshold = try await read()
            try await app.db.sql.update(Wave.schema).set("links_retired_at", to: SQLBind(Date())).run()
            let retired = try await read()
            #expect(Set([before[0], threshold[0], retired[0]]).count == 3)
        }
    }

    @Test func anEmptyTextAndNoValueGiveDifferentRows() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let day = try #require(CalendarDate(year: 2026, month: 12, day: 15))
            let conversation = try await ConversationStore(db: app.db, organisationID: organisation)
                .create(title: "Gesprek", plannedOn: day, unit: nil, by: UUID())
            let read = { try await RowTexts.read(ConversationRow.self, organisation: organisation, on: KeyReads(app.db.sql)) }
            try await app.db.sql.update(ConversationRow.schema).set("figures", to: SQLLiteral.null).where("id", .equal, conversation).run()
            let none = try await read()
            try await app.db.sql.update(ConversationRow.schema).set("figures", to: SQLBind("")).where("id", .equal, conversation).run()
            #expect(try await read() != none)
        }
    }

    @Test func aCombinedReadGivesEachPartsRowsAfterItsLabelPartByPart() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let day = try #require(CalendarDate(year: 2026, month: 12, day: 15))
            let store = ConversationStore(db: app.db, organisationID: s.organisation)
            for title in ["Eerste", "Tweede"] { _ = try await store.create(title: title, plannedOn: day, unit: nil, by: UUID()) }
            let reads = KeyReads(app.db.sql)
            let parts = [
                RowTexts.Part("wave", Wave.self), RowTexts.Part("conversation", ConversationRow.self),
                RowTexts.Part("people", organisationColumns: ["people_revision", "name"])
            ]
            let rows = try await RowTexts.read(parts, organisation: s.organisation, on: reads)
            #expect(rows.map { $0.prefix { $0 != " " } } == ["wave", "conversation", "conversation", "people"])
            // Each part's rows are the same texts as that table read on its own.
            let waves = try await RowTexts.read(Wave.self, organisation: s.organisation, on: reads)
            let conversations = try await RowTexts.read(ConversationRow.self, organisation: s.organisation, on: reads)
            #expect(Array(rows.prefix(3)) == waves.map { "wave " + $0 } + conversations.map { "conversation " + $0 })
            let own = try JSONDecoder().decode([String].self, from: Data(try #require(rows.last).dropFirst("people ".count).utf8))
            #expect(own.last == "Zorggroep")
        }
    }

    @Test func theOrganisationsOwnRowNamesItsColumnsValues() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorg, \"groep\" ]")
            let parts = [RowTexts.Part("name", organisationColumns: ["name"])]
            let before = try await RowTexts.read(parts, organisation: organisation, on: KeyReads(app.db.sql))
            #expect(before.count == 1)
            // JSON keeps the typed quotes and brackets inside its text: no two names read alike.
            let decoded = try JSONDecoder().decode([String].self, from: Data(try #require(before.first).dropFirst("name ".count).utf8))
            #expect(decoded == ["Zorg, \"groep\" ]"])
            try await app.db.sql.update(Organisation.schema).set("name", to: SQLBind("Zorg")).run()
            #expect(try await RowTexts.read(parts, organisation: organisation, on: KeyReads(app.db.sql)) != before)
        }
    }

    @Test func rowsOfAnotherOrganisationAreNotRead() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let other = try await app.createOrganisation("Ander")
            #expect(try await RowTexts.read(Wave.self, organisation: other, on: KeyReads(app.db.sql)).isEmpty)
        }
    }
}
