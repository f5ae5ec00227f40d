import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

// Serialized to bound the load: every test signs people in (a deliberately slow password hash on
// the shared thread pool) and sends many requests; all at once, beside the other suites, they
// could wait past the database pool's time-out on a two-core machine.
@Suite(.serialized) struct ConversationTests {
    private let nl = Dutch()

    private func start(_ browser: Browser, _ organisation: UUID, title: String = "MT januari") async throws -> UUID {
        let page = try await browser.post(
            Route.conversations(organisation).path, ["title": title, "planned_on": "2027-01-15"], follow: false)
        #expect(page.status == .seeOther)
        let location = try #require(page.headers.first(name: .location))
        return try #require(UUID(uuidString: String(location.split(separator: "/").last!)))
    }

    private func addAction(
        _ browser: Browser, _ organisation: UUID, _ conversation: UUID, what: String, due: String = "2027-02-01",
        topic: String = "k5"
    ) async throws -> Browser.Page {
        try await browser.post(
            Route.conversationActions(organisation, conversation: conversation).path,
            ["what": what, "who": "Anna", "due": due, "topic": topic, "programme": ""], follow: false)
    }

    @Test func aManagerStartsAConversationAndGetsAGuideWithFiguresAndQuestionsPerTopic() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            try await app.overdueProgramme(in: organisation)
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let id = try await start(manager, organisation)
            let guide = try await manager.get(Route.conversation(organisation, conversation: id).path)
            #expect(guide.status == .ok && guide.body.contains("<h1>MT januari</h1>"))
            for topic in Topic.conversation {
                #expect(guide.body.contains(DashboardText(.nl).question(topic)), "\(topic)")
                #expect(
                    guide.body.contains(ReflectionQuestions.of(topic)[0].nl.replacingOccurrences(of: "'", with: "&#39;"))
                        || guide.body.contains(ReflectionQuestions.of(topic)[0].nl), "\(topic)")
            }
            #expect(guide.body.contains("Bij 1 van de 1 lopende programma's is de cyclus achterstallig"))
        }
    }

    @Test func aConversationNeedsATitleAndAnExistingDateAndNothingIsSavedWithout() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let advisor = try await app.signedIn(as: "advisor@example.org", .advisor, in: organisation)
            let page = try await advisor.post(
                Route.conversations(organisation).path, ["title": " ", "planned_on": "2027-02-30"], follow: false)
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains(nl.conversationTitleMissing) && page.body.contains(nl.dateMissingOrMalformed))
            #expect(try await ConversationRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aViewerReadsTheGuideButWritesNothing() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let id = try await start(manager, organisation)
            #expect(try await addAction(manager, organisation, id, what: "Herontwerp").status == .seeOther)
            let action = try #require(try await ConversationActionRow.query(on: app.db).first()).id!
            let viewer = try await app.signedIn(as: "viewer@example.org", .viewer, in: organisation)
            let guide = try await viewer.get(Route.conversation(organisation, conversation: id).path)
            #expect(guide.status == .ok && guide.body.contains("Herontwerp") && !guide.body.contains("name=\"note\""))
            #expect(
                try await viewer.post(Route.conversations(organisation).path, ["title": "X", "planned_on": "2027-01-01"], follow: false)
                    .status == .forbidden)
            #expect(
                try await viewer.post(
                    Route.conversationNotes(organisation, conversation: id).path, ["topic": "k1", "note": "x"], follow: false
                ).status == .forbidden)
            #expect(try await addAction(viewer, organisation, id, what: "Y").status == .forbidden)
            #expect(
                try await viewer.post(
                    Route.actionStatus(organisation, conversation: id, action: action).path, ["status": "done"], follow: false
                ).status == .forbidden)
            #expect(try await viewer.post(Route.conversationHeld(organisation, conversation: id).path, follow: false).status == .forbidden)
            #expect(try await ConversationActionRow.query(on: app.db).count() == 1)
        }
    }

    @Test func aBadActionIsRefusedWithEveryProblemAndNothingIsSaved() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let id = try await start(manager, organisation)
            let page = try await manager.post(
                Route.conversationActions(organisation, conversation: id).path,
                ["what": "", "who": "", "due": "morgen", "topic": "k2", "programme": UUID().uuidString], follow: false)
            #expect(page.status == .unprocessableEntity)
            for problem in [ConversationAction.Problem.whatMissing, .whoMissing, .dueMalformed, .programmeUnknown] {
                #expect(page.body.contains(nl.actionProblem(problem)), "\(problem)")
            }
            #expect(try await ConversationActionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func anotherOrganisationsConversationOrActionIsNotFound() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let other = try await app.createOrganisation("Elders")
            let theirs = try await app.signedIn(as: "them@example.org", .manager, in: other)
            let foreign = try await start(theirs, other)
            _ = try await addAction(theirs, other, foreign, what: "Geheim")
            let action = try #require(try await ConversationActionRow.query(on: app.db).first()).id!
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            for route in [Route.conversation, Route.conversationAgenda, Route.conversationMinutes] {
                #expect(try await manager.get(route(organisation, foreign).path).status == .notFound)
            }
            #expect(try await addAction(manager, organisation, foreign, what: "X").status == .notFound)
            #expect(
                try await manager.post(
                    Route.actionStatus(organisation, conversation: foreign, action: action).path,
                    ["status": "done"], follow: false
                ).status == .notFound)
            #expect(try await ConversationActionRow.query(on: app.db).first()?.status == "open")
        }
    }

    @Test func theNextConversationOpensWithOpenActionsAndADoneOneLeavesTheList() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let first = try await start(manager, organisation, title: "MT januari")
            _ = try await addAction(manager, organisation, first, what: "Reconstructie leiderschap")
            _ = try await addAction(manager, organisation, first, what: "Maatjes koppelen", topic: "k2")
            let second = try await start(manager, organisation, title: "MT april")
            let opening = try await manager.get(Route.conversation(organisation, conversation: second).path)
            let open = try #require(opening.body.range(of: nl.openActionsTitle))
            let firstTopic = try #require(opening.body.range(of: DashboardText(.nl).question(.base)))
            let action = try #require(opening.body.range(of: "Reconstructie leiderschap"))
            #expect(open.lowerBound < action.lowerBound && action.lowerBound < firstTopic.lowerBound)

            let rows = try await ConversationActionRow.query(on: app.db).all()
            let done = try #require(rows.first { $0.what == "Reconstructie leiderschap" })
            let update = try await manager.post(
                Route.actionStatus(organisation, conversation: first, action: done.id!).path,
                ["status": "done", "note": "Gedaan in maart", "back": second.uuidString], follow: false)
            #expect(update.headers.first(name: .location)?.hasPrefix(Route.conversation(organisation, conversation: second).path) == true)
            let after = try await manager.get(Route.conversation(organisation, conversation: second).path)
            #expect(!after.body.contains("Reconstructie leiderschap") && after.body.contains("Maatjes koppelen"))
            let minutes = try await manager.get(Route.conversationMinutes(organisation, conversation: first).path)
            #expect(minutes.body.contains("Reconstructie leiderschap") && minutes.body.contains("Gedaan in maart"))
        }
    }

    @Test func anEarlierConversationDoesNotListActionsAgreedLater() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let first = try await start(manager, organisation, title: "MT januari")
            let second = try await start(manager, organisation, title: "MT april")
            _ = try await addAction(manager, organisation, second, what: "Nieuw in april")
            let minutes = try await manager.get(Route.conversationMinutes(organisation, conversation: first).path)
            #expect(!minutes.body.contains("Nieuw in april"))
        }
    }

    @Test func anUnknownStatusIsABadRequestAndChangesNothing() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let id = try await start(manager, organisation)
            _ = try await addAction(manager, organisation, id, what: "Herontwerp")
            let action = try #require(try await ConversationActionRow.query(on: app.db).first()).id!
            let page = try await manager.post(
                Route.actionStatus(organisation, conversation: id, action: action).path, ["status": "finished"], follow: false)
            #expect(page.status == .badRequest)
            #expect(try await ConversationActionRow.query(on: app.db).first()?.status == "open")
        }
    }

    @Test func anOverdueActionShowsOnTheDashboard() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            try await app.overdueProgramme(in: organisation)
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let id = try await start(manager, organisation)
            _ = try await addAction(manager, organisation, id, what: "Evaluatie opleveren", due: "2025-01-01")
            _ = try await addAction(manager, organisation, id, what: "Later werk", due: "2099-01-01")
            let dashboard = try await manager.get(Route.dashboard(organisation).path)
            let overdue = try #require(dashboard.body.range(of: nl.overdueActionsTitle))
            #expect(dashboard.body[overdue.lowerBound...].contains("Evaluatie opleveren"))
            #expect(!dashboard.body.contains("Later werk"))
        }
    }

    @Test func notesAreKeptPerTopicAndTooLongNotesAreRefused() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let id = try await start(manager, organisation)
            let notes = Route.conversationNotes(organisation, conversation: id).path
            #expect(try await manager.post(notes, ["topic": "k3", "note": "Collega's vangen veel op."], follow: false).status == .seeOther)
            let tooLong = try await manager.post(notes, ["topic": "k3", "note": String(repeating: "x", count: 10_001)], follow: false)
            #expect(tooLong.status == .unprocessableEntity && tooLong.body.contains(nl.noteTooLong))
            #expect(try await manager.post(notes, ["topic": "p1", "note": "x"], follow: false).status == .badRequest)
            let minutes = try await manager.get(Route.conversationMinutes(organisation, conversation: id).path)
            #expect(minutes.body.contains("Collega&#39;s vangen veel op.") || minutes.body.contains("Collega's vangen veel op."))
        }
    }

    @Test func notesTypedAnywhereAreKeptWhenAnActionIsAdded() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let id = try await start(manager, organisation)
            // Every field of the page belongs to one form, so the add button sends the notes too.
            let pressed = try await manager.post(
                Route.conversationActions(organisation, conversation: id).path,
                [
                    "note-k1": "Eerst luisteren.", "note-k2": "Koppels vormen.", "topic": "k5", "what-k5": "Pilot", "who-k5": "Anna",
                    "due-k5": "2099-01-01"
                ], follow: false)
            #expect(pressed.status == .seeOther)
            let page = try await manager.get(Route.conversation(organisation, conversation: id).path)
            #expect(page.body.contains("Eerst luisteren.") && page.body.contains("Koppels vormen.") && page.body.contains("Pilot"))
        }
    }

    @Test func aRefusedActionShowsEverythingAsTyped() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let id = try await start(manager, organisation)
            let refused = try await manager.post(
                Route.conversationActions(organisation, conversation: id).path,
                ["note-k3": "Balans zoeken.", "topic": "k2", "what-k2": "Leerkring starten", "who-k2": "", "due-k2": "2099-01-01"],
                follow: false)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("Balans zoeken.") && refused.body.contains("value=\"Leerkring starten\""))
        }
    }

    @Test func holdingAConversationFreezesTheFiguresItWasHeldOn() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let programme = try await app.overdueProgramme(in: organisation)
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let id = try await start(manager, organisation)
            #expect(try await manager.post(Route.conversationHeld(organisation, conversation: id).path, follow: false).status == .seeOther)
            // The programme is reconstructed afterwards; the minutes keep the figures of the day.
            var changed = try await ProgrammeStore(db: app.db, organisationID: organisation).find(programme)
            changed.status = .completed
            try await ProgrammeStore(db: app.db, organisationID: organisation).save(changed, id: programme)
            let minutes = try await manager.get(Route.conversationMinutes(organisation, conversation: id).path)
            #expect(minutes.body.contains("Bij 1 van de 1 lopende programma's is de cyclus achterstallig"))
            #expect(minutes.body.contains(nl.heldOn(nl.day(app.clock.today()))))
            let dashboard = try await manager.get(Route.dashboard(organisation).path)
            #expect(!dashboard.body.contains("lopende programma's is de cyclus achterstallig"))
        }
    }

    @Test func theAgendaHasTheQuestionsToOpenWithAndRoomToWrite() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let id = try await start(manager, organisation)
            let agenda = try await manager.get(Route.conversationAgenda(organisation, conversation: id).path)
            #expect(agenda.status == .ok && agenda.body.contains(nl.agendaTitle("MT januari")))
            #expect(agenda.body.components(separatedBy: "class=\"writing-space\"").count == Topic.conversation.count + 1)
            #expect(!agenda.body.contains("<textarea"))
        }
    }
}
