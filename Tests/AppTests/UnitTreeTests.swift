import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

@Suite struct UnitTreeTests {
    private func advisor(_ app: Application) async throws -> (Browser, UUID) {
        let organisation = try await app.createOrganisation("Zorggroep")
        return (try await app.signedIn(as: "adv@example.org", .advisor, in: organisation), organisation)
    }

    @Test func anAdvisorBuildsATreeOfAnyDepth() async throws {
        try await withVeerkracht { app in
            let (browser, org) = try await advisor(app)
            #expect(try await browser.post(Route.units(org).path, ["name": "Zorg", "code": "Z"]).status == .created)
            let zorg = try #require(try await Unit.query(on: app.db).filter(\.$name == "Zorg").first()?.id)
            #expect(try await browser.post(Route.units(org).path, ["name": "Wijk", "parent": zorg.uuidString]).status == .created)
            let wijk = try #require(try await Unit.query(on: app.db).filter(\.$name == "Wijk").first()?.id)
            let page = try await browser.post(Route.units(org).path, ["name": "Team Noord", "parent": wijk.uuidString])
            #expect(page.body.contains("class=\"depth-2\""))
            let noord = try #require(try await Unit.query(on: app.db).filter(\.$name == "Team Noord").first())
            #expect(noord.$parent.id == wijk)
            #expect(try await browser.get(Route.unit(org, unit: noord.requireID()).path).body.contains("Zorg / Wijk / Team Noord"))
        }
    }

    @Test func aNameTooLongIsRefusedAlikeByThePageAndTheAPICountingCharactersTheSameWay() async throws {
        try await withVeerkracht { app in
            let (browser, org) = try await advisor(app)
            // 61 letters é written as e + accent: 61 characters on screen, 122 in the API's count.
            let name = String(repeating: "e\u{301}", count: 61)
            #expect(try await browser.post(Route.units(org).path, ["name": name]).status == .unprocessableEntity)
            let api = try await app.apiClient("api@example.org", .advisor, in: org)
            let answer = try await api.post(Route.apiUnits(org).path, ["name": name])
            #expect(answer.status == .unprocessableEntity && answer.error?["field"] as? String == "name")
            #expect(try await Unit.query(on: app.db).count() == 0)
        }
    }

    @Test func theTopLevelChoiceSubmitsAnEmptyParent() async throws {
        try await withVeerkracht { app in
            let (browser, org) = try await advisor(app)
            let page = try await browser.get(Route.units(org).path)
            // A bare `value` attribute is an empty value; without it the browser would send the label.
            #expect(page.body.contains("<option value selected>\(Dutch().topLevel)</option>"))
        }
    }

    @Test func aSecondUnitWithTheSameNameUnderTheSameParentIsRefused() async throws {
        try await withVeerkracht { app in
            let (browser, org) = try await advisor(app)
            _ = try await browser.post(Route.units(org).path, ["name": "Zorg"])
            let page = try await browser.post(Route.units(org).path, ["name": "zorg"])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains(Dutch().unitNameTaken))
            #expect(try await Unit.query(on: app.db).count() == 1)
        }
    }

    @Test func aCodeIsUniqueWithinTheOrganisation() async throws {
        try await withVeerkracht { app in
            let (browser, org) = try await advisor(app)
            _ = try await browser.post(Route.units(org).path, ["name": "Zorg", "code": "Z1"])
            let page = try await browser.post(Route.units(org).path, ["name": "Wonen", "code": "z1"])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains(Dutch().unitCodeTaken))
        }
    }

    @Test func aNameWithASlashIsRefused() async throws {
        try await withVeerkracht { app in
            let (browser, org) = try await advisor(app)
            #expect(try await browser.post(Route.units(org).path, ["name": "Zorg / Welzijn"]).status == .unprocessableEntity)
            #expect(try await Unit.query(on: app.db).count() == 0)
        }
    }

    @Test func renamingChangesNameAndCode() async throws {
        try await withVeerkracht { app in
            let (browser, org) = try await advisor(app)
            let unit = try await app.createUnit("Zorg", in: org)
            _ = try await browser.post(Route.unitRename(org, unit: unit).path, ["name": "Zorg en Welzijn", "code": "ZW"])
            let stored = try #require(try await Unit.find(unit, on: app.db))
            #expect(stored.name == "Zorg en Welzijn")
            #expect(stored.code == "ZW")
        }
    }

    @Test func aUnitCannotMoveUnderItsOwnDescendant() async throws {
        try await withVeerkracht { app in
            let (browser, org) = try await advisor(app)
            let zorg = try await app.createUnit("Zorg", in: org)
            let wijk = try await app.createUnit("Wijk", in: org, under: zorg)
            let page = try await browser.post(Route.unitMove(org, unit: zorg).path, ["parent": wijk.uuidString])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains(Dutch().unitMoveInvalid))
            #expect(try await Unit.find(zorg, on: app.db)?.$parent.id == nil)
        }
    }

    @Test func aUnitMovesUnderAnotherBranch() async throws {
        try await withVeerkracht { app in
            let (browser, org) = try await advisor(app)
            let zorg = try await app.createUnit("Zorg", in: org)
            let wonen = try await app.createUnit("Wonen", in: org)
            let team = try await app.createUnit("Team", in: org, under: zorg)
            _ = try await browser.post(Route.unitMove(org, unit: team).path, ["parent": wonen.uuidString])
            #expect(try await Unit.find(team, on: app.db)?.$parent.id == wonen)
        }
    }

    @Test func archivingIsRefusedWhileActivePeopleRemainBelow() async throws {
        try await withVeerkracht { app in
            let (browser, org) = try await advisor(app)
            let zorg = try await app.createUnit("Zorg", in: org)
            let team = try await app.createUnit("Team", in: org, under: zorg)
            try await Person(organisationID: org, record: PersonRecord(externalID: "1", unitID: team)).create(on: app.db)
            let page = try await browser.post(Route.unitArchive(org, unit: zorg).path)
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains(Dutch().unitHasPeople(1)))
            #expect(try await Unit.query(on: app.db).filter(\.$archivedAt != nil).count() == 0)
        }
    }

    @Test func archivingAnEmptyUnitArchivesItsSubtreeAndKeepsTheRows() async throws {
        try await withVeerkracht { app in
            let (browser, org) = try await advisor(app)
            let zorg = try await app.createUnit("Zorg", in: org)
            _ = try await app.createUnit("Team", in: org, under: zorg)
            let other = try await app.createUnit("Wonen", in: org)
            _ = try await browser.post(Route.unitArchive(org, unit: zorg).path)
            #expect(try await Unit.query(on: app.db).count() == 3)
            #expect(try await Unit.query(on: app.db).filter(\.$archivedAt != nil).count() == 2)
            #expect(try await Unit.find(other, on: app.db)?.archivedAt == nil)
            let list = try await browser.get(Route.units(org).path)
            #expect(list.body.contains("Zorg"))
            #expect(list.body.contains(Dutch().archived))
        }
    }

    @Test func anArchivedUnitCanBeRestored() async throws {
        try await withVeerkracht { app in
            let (browser, org) = try await advisor(app)
            let zorg = try await app.createUnit("Zorg", in: org)
            _ = try await browser.post(Route.unitArchive(org, unit: zorg).path)
            _ = try await browser.post(Route.unitRestore(org, unit: zorg).path)
            #expect(try await Unit.find(zorg, on: app.db)?.archivedAt == nil)
        }
    }
}
