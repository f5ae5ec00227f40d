import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// A closed wave's own page, team mix, diversity and open answers are rendered once per reader's
/// role and kept until something they show changes.
@Suite(.serialized) struct KeptClosedWavePagesTests {
    @Test func aClosedWavesPageIsRenderedOnceAndEachRoleSeesItsOwn() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let path = Route.wave(s.organisation, wave: s.wave).path
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: s.organisation)
            let other = try await app.signedIn(as: "tweede@example.org", .advisor, in: s.organisation)
            let viewer = try await app.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            let before = app.keptPages.renders
            let first = try await advisor.get(path)
            let second = try await other.get(path)
            #expect(app.keptPages.renders == before + 1)
            let firstToken = try #require(advisor.csrfToken)
            let secondToken = try #require(other.csrfToken)
            #expect(first.body.contains(firstToken) && second.body.contains(secondToken) && !second.body.contains(firstToken))
            let reopen = Route.waveReopen(s.organisation, wave: s.wave).path
            let viewed = try await viewer.get(path)
            #expect(first.body.contains(reopen) && !viewed.body.contains(reopen))
        }
    }

    @Test func anOpenWavesPageIsMadeEachTime() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app, open: true)
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: s.organisation)
            let before = app.keptPages.renders
            _ = try await advisor.get(Route.wave(s.organisation, wave: s.wave).path)
            _ = try await advisor.get(Route.wave(s.organisation, wave: s.wave).path)
            #expect(app.keptPages.renders == before)
        }
    }

    @Test func aHiddenAnswerLeavesTheKeptOpenAnswersPage() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let wave = try #require(try await Wave.find(s.wave, on: app.db))
            wave.openAnswerThresholdValue = 3
            try await wave.save(on: app.db)
            for text in ["Meer tijd om te oefenen", "Samen terugkijken helpt"] {
                try await app.db.sql.insert(into: "open_answers").columns("id", "wave_id", "unit_id", "question_code", "text")
                    .values(SQLBind(UUID()), SQLBind(s.wave), SQLBind(s.noord), SQLBind("DLO.O.K2"), SQLBind(text)).run()
            }
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: s.organisation)
            let path = Route.waveOpenAnswers(s.organisation, wave: s.wave).path
            let before = app.keptPages.renders
            #expect(try await advisor.get(path).body.contains("Samen terugkijken helpt"))
            #expect(try await advisor.get(path).body.contains("Samen terugkijken helpt"))
            #expect(app.keptPages.renders == before + 1)
            let answer = try #require(try await OpenAnswer.query(on: app.db).filter(\.$text == "Samen terugkijken helpt").first())
            _ = try await advisor.post(Route.waveOpenAnswerHide(s.organisation, wave: s.wave, answer: try answer.requireID()).path)
            let after = try await advisor.get(path)
            #expect(!after.body.contains("Samen terugkijken helpt") && after.body.contains("Meer tijd om te oefenen"))
        }
    }

    @Test func openingATeamToItsMembersShowsOnTheKeptTeamPage() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let unit = try await app.createUnit("Noord", in: organisation)
            var people: [UUID] = []
            for i in 0..<3 { people.append(try await app.createPerson("n\(i)", in: organisation, unit: unit)) }
            let wave = try await app.createWave(in: organisation, units: [unit], instruments: ["dlo@1", "lp@1"])
            for person in people { _ = try await app.submitScan(wave: wave, person: person) }
            try await app.closeWave(wave)
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let team = Route.teamMix(organisation, wave: wave).path + "?unit=\(unit.uuidString)"
            let closed = try await manager.get(team)
            #expect(closed.headers.first(name: .cacheControl) == "no-store")
            _ = try await manager.post(Route.teamMixMembers(organisation, wave: wave).path, ["unit": unit.uuidString, "open": "1"])
            let opened = try await manager.get(team)
            #expect(opened.body.contains("name=\"open\" value=\"0\"") && closed.body.contains("name=\"open\" value=\"1\""))
        }
    }

    @Test func theDiversityOfAClosedWaveIsRenderedOnce() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let viewer = try await app.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            let before = app.keptPages.renders
            let first = try await viewer.get(Route.waveDiversity(s.organisation, wave: s.wave).path)
            let second = try await viewer.get(Route.waveDiversity(s.organisation, wave: s.wave).path)
            #expect(first.status == .ok && app.keptPages.renders == before + 1)
            #expect(first.body == second.body)
        }
    }
}
