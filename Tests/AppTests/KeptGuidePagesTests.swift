import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// A programme's page and a conversation's guide, agenda and minutes are rendered once per role
/// and kept until something they show changes.
@Suite(.serialized) struct KeptGuidePagesTests {
    private func conversation(_ manager: Browser, _ organisation: UUID) async throws -> UUID {
        let page = try await manager.post(
            Route.conversations(organisation).path, ["title": "MT januari", "planned_on": "2027-01-15"], follow: false)
        let location = try #require(page.headers.first(name: .location))
        return try #require(location.split(separator: "/").last.flatMap { UUID(uuidString: String($0)) })
    }

    @Test func aNoteSavedShowsOnTheKeptGuideAndItsPrintsAndASecondVisitRendersNothing() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let id = try await conversation(manager, organisation)
            let guide = Route.conversation(organisation, conversation: id).path
            let minutes = Route.conversationMinutes(organisation, conversation: id).path
            let rendered = app.keptPages.renders
            _ = try await manager.get(guide)
            _ = try await manager.get(minutes)
            #expect(try await manager.get(guide).status == .ok)
            #expect(app.keptPages.renders == rendered + 2)
            let notes = Route.conversationNotes(organisation, conversation: id).path
            #expect(try await manager.post(notes, ["note-k1": "Werkdruk in Noord"], follow: false).status == .seeOther)
            #expect(try await manager.get(guide).body.contains("Werkdruk in Noord"))
            #expect(try await manager.get(minutes).body.contains("Werkdruk in Noord"))
        }
    }

    @Test func aProgrammeRenamedShowsInTheKeptGuidesChoiceOfProgrammes() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let programme = try await app.overdueProgramme(in: organisation, name: "Leiderschap")
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let guide = Route.conversation(organisation, conversation: try await conversation(manager, organisation)).path
            #expect(try await manager.get(guide).body.contains(">Leiderschap</option>"))
            let store = ProgrammeStore(db: app.db, organisationID: organisation)
            var renamed = try await store.find(programme)
            renamed.name = "Coachend leidinggeven"
            try await store.save(renamed, id: programme)
            let page = try await manager.get(guide)
            #expect(page.body.contains(">Coachend leidinggeven</option>") && !page.body.contains(">Leiderschap</option>"))
        }
    }

    @Test func aViewerAfterAManagerGetsTheGuideWithoutForms() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let viewer = try await app.signedIn(as: "viewer@example.org", .viewer, in: organisation)
            let guide = Route.conversation(organisation, conversation: try await conversation(manager, organisation)).path
            let writing = try await manager.get(guide)
            let reading = try await viewer.get(guide)
            #expect(writing.body.contains("name=\"_csrf\" value=\"\(try #require(manager.csrfToken))\""))
            #expect(reading.status == .ok && !reading.body.contains("<textarea"))
            #expect(!reading.body.contains(try #require(manager.csrfToken)))
        }
    }

    @Test func aConversationOrProgrammeOfAnotherOrganisationIsNotFound() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let other = try await app.createOrganisation("Elders")
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let id = try await conversation(manager, organisation)
            let programme = try await app.overdueProgramme(in: organisation)
            let stranger = try await app.signedIn(as: "vreemde@example.org", .advisor, in: other)
            for path in [
                Route.conversation(other, conversation: id).path, Route.conversationAgenda(other, conversation: id).path,
                Route.programme(other, programme: programme).path, Route.programme(organisation, programme: UUID()).path
            ] {
                #expect(try await stranger.get(path).status == .notFound, "\(path)")
            }
        }
    }

    @Test func aProgrammeSavedShowsOnItsKeptPageAndAViewerNeverGetsTheAdvisorsForms() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let programme = try await app.overdueProgramme(in: organisation, name: "Leiderschap")
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: organisation)
            let viewer = try await app.signedIn(as: "lezer@example.org", .viewer, in: organisation)
            let path = Route.programme(organisation, programme: programme).path
            let rendered = app.keptPages.renders
            #expect(try await advisor.get(path).body.contains("<form id=\"details\""))
            _ = try await advisor.get(path)
            #expect(app.keptPages.renders == rendered + 1)
            #expect(!(try await viewer.get(path).body.contains("<form id=\"details\"")))
            let store = ProgrammeStore(db: app.db, organisationID: organisation)
            var changed = try await store.find(programme)
            changed.destination = "Teams leren van hun eigen werk"
            try await store.save(changed, id: programme)
            #expect(try await advisor.get(path).body.contains("Teams leren van hun eigen werk"))
        }
    }

    @Test func aUnitAddedShowsInTheKeptProgrammesChoiceOfUnits() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let programme = try await app.overdueProgramme(in: organisation)
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: organisation)
            let path = Route.programme(organisation, programme: programme).path
            #expect(!(try await advisor.get(path).body.contains("Oostvleugel")))
            #expect(try await advisor.post(Route.units(organisation).path, ["name": "Oostvleugel"]).status == .created)
            #expect(try await advisor.get(path).body.contains("Oostvleugel"))
        }
    }

    @Test func theNewWaveFormIsKeptUntilTheThresholdItProposesOrTheUnitsChange() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: organisation)
            let path = Route.waveNew(organisation).path
            let before = app.keptPages.renders
            let first = try await advisor.get(path)
            _ = try await advisor.get(path)
            #expect(app.keptPages.renders == before + 1)
            let token = try #require(advisor.csrfToken)
            #expect(first.body.contains(#"name="threshold""#) && first.body.contains(token))
            let stored = try #require(try await Organisation.find(organisation, on: app.db))
            stored.anonymityThreshold = 9
            try await stored.save(on: app.db)
            #expect(try await advisor.get(path).body.contains(#"value="9""#))
            #expect(try await advisor.post(Route.units(organisation).path, ["name": "Oostvleugel"]).status == .created)
            #expect(try await advisor.get(path).body.contains("Oostvleugel"))
        }
    }
}
