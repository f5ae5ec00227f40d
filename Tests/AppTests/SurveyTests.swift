import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VeerkrachtCore

@testable import App

@Suite struct SurveyTests {
    struct Setting {
        let organisation: UUID
        let unit: UUID
        let person: UUID
        let wave: UUID
        let token: String
        let visitor: Browser
    }

    /// One person (born 1986, f, started 2015) invited to an open wave of `instruments`.
    func setting(
        _ app: Application, instruments: [String] = ["dlo@1"], opensAt: Date = Date().addingTimeInterval(-3600),
        closesAt: Date = Date().addingTimeInterval(86_400)
    ) async throws -> Setting {
        let organisation = try await app.createOrganisation("Zorggroep")
        let unit = try await app.createUnit("Zorg", in: organisation)
        let person = try await app.createPerson(
            "1", in: organisation, unit: unit, birthYear: 1986, gender: .female, startDate: "2015-03-01")
        let wave = try await app.createWave(in: organisation, units: [unit], instruments: instruments, opensAt: opensAt, closesAt: closesAt)
        let token = try await app.surveyToken(wave: wave, person: person)
        return Setting(organisation: organisation, unit: unit, person: person, wave: wave, token: token, visitor: Browser(app))
    }

    func pageAnswers(_ section: Int, value: Int = 4, references: [String] = ["dlo@1"]) -> [(String, String)] {
        Questionnaire(references: references)!.sections[section - 1].items.map { ($0.code, String(value)) }
    }

    @Test func theLinkOpensAnIntroThenTheFirstPageWithoutAnAccount() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let intro = try await s.visitor.get(Route.survey(token: s.token).path)
            #expect(intro.status == .ok)
            #expect(intro.body.contains("Waar gaat dit over?") && intro.body.contains("minstens 3 mensen"))
            #expect(intro.body.contains("href=\"\(Route.surveySection(token: s.token, number: 1).path)\""))
            let page = try await s.visitor.get(Route.surveySection(token: s.token, number: 1).path)
            #expect(page.status == .ok)
            #expect(page.body.contains("<fieldset class=\"item\"><legend>"))
            #expect(
                page.body.contains("<input type=\"radio\" id=\"q-DLO.V.1-1\" name=\"DLO.V.1\" value=\"1\"/><label for=\"q-DLO.V.1-1\">"))
            #expect(page.body.contains("Pagina 1 van \(DLOScan.version1.scales.count)"))
            #expect(s.visitor.sessionCookie == nil)
        }
    }

    @Test func savingAPageKeepsItsAnswersAndMovesOn() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let next = try await s.visitor.postAnonymously(
                Route.surveySection(token: s.token, number: 1).path,
                pairs: pageAnswers(1, value: 2) + [("_action", "next")])
            #expect(next.path == Route.surveySection(token: s.token, number: 2).path)
            let invitation = try await app.invitation(wave: s.wave, person: s.person)
            #expect(invitation.status == .started)
            #expect(invitation.answers.closed["DLO.V.1"] == 2)
        }
    }

    @Test func openingTheLinkAgainResumesOnTheFirstUnansweredPage() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            for section in 1...2 {
                _ = try await s.visitor.postAnonymously(
                    Route.surveySection(token: s.token, number: section).path, pairs: pageAnswers(section))
            }
            let resumed = try await Browser(app).get(Route.survey(token: s.token).path)
            #expect(resumed.path == Route.surveySection(token: s.token, number: 3).path)
        }
    }

    @Test func previousGoesBackAndShowsTheSavedAnswers() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            _ = try await s.visitor.postAnonymously(Route.surveySection(token: s.token, number: 1).path, pairs: pageAnswers(1, value: 5))
            let back = try await s.visitor.postAnonymously(
                Route.surveySection(token: s.token, number: 2).path,
                pairs: [("_action", "previous")])
            #expect(back.path == Route.surveySection(token: s.token, number: 1).path)
            #expect(back.body.contains("name=\"DLO.V.1\" value=\"5\" checked"))
        }
    }

    @Test func anAnswerOutsideTheScaleIsRefusedAndNothingIsSaved() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let page = try await s.visitor.postAnonymously(
                Route.surveySection(token: s.token, number: 1).path,
                pairs: [("DLO.V.1", "3"), ("DLO.V.2", "7")])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("'7' is geen antwoord"))
            let invitation = try await app.invitation(wave: s.wave, person: s.person)
            #expect(invitation.progress == nil)
            #expect(invitation.status == .invited)
        }
    }

    @Test func anUnknownItemCodeIsRefusedAndNothingIsSaved() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let page = try await s.visitor.postAnonymously(
                Route.surveySubmit(token: s.token).path,
                pairs: fullAnswers(["dlo@1"]) + [("DLO.K9.9", "3")])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("'DLO.K9.9' is geen vraag"))
            #expect(try await SurveyResponse.query(on: app.db).count() == 0)
            #expect(try await app.invitation(wave: s.wave, person: s.person).status == .invited)
        }
    }

    @Test func anUnknownLinkGetsAClearPage() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let page = try await s.visitor.get(Route.survey(token: "nietbestaand").path)
            #expect(page.status == .notFound)
            #expect(page.body.contains("Link onbekend"))
            let post = try await s.visitor.postAnonymously(
                Route.surveySubmit(token: String(s.token.dropLast()) + "x").path,
                pairs: fullAnswers(["dlo@1"]))
            #expect(post.status == .notFound)
            #expect(try await SurveyResponse.query(on: app.db).count() == 0)
        }
    }

    @Test func aWaveThatIsNotOpenYetSaysWhenItOpens() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, opensAt: Date().addingTimeInterval(86_400), closesAt: Date().addingTimeInterval(7 * 86_400))
            let page = try await s.visitor.get(Route.survey(token: s.token).path)
            #expect(page.status == .forbidden)
            #expect(page.body.contains("gaat open op"))
            let post = try await s.visitor.postAnonymously(Route.surveySubmit(token: s.token).path, pairs: fullAnswers(["dlo@1"]))
            #expect(post.status == .forbidden)
            #expect(try await SurveyResponse.query(on: app.db).count() == 0)
        }
    }

    @Test func aClosedWaveTakesNoAnswers() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, opensAt: Date().addingTimeInterval(-7200), closesAt: Date().addingTimeInterval(-1))
            let post = try await s.visitor.postAnonymously(Route.surveySubmit(token: s.token).path, pairs: fullAnswers(["dlo@1"]))
            #expect(post.status == .gone)
            #expect(post.body.contains("Scan gesloten"))
            #expect(try await SurveyResponse.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: [TestStorage.standard, .sqliteFile])
    func submittingStoresOneAnonymousResponseWithBandsAndClearsTheProgress(storage: TestStorage) async throws {
        try await withVeerkracht(storage: storage) { app in
            let s = try await setting(app)
            _ = try await s.visitor.postAnonymously(
                Route.surveySection(token: s.token, number: 1).path,
                pairs: pageAnswers(1, value: 2) + [("DLO.O.K1", "Meer tijd om te oefenen")])
            let thanks = try await s.visitor.postAnonymously(Route.surveySubmit(token: s.token).path, pairs: [])
            #expect(thanks.path == Route.surveyThanks(token: s.token).path)
            #expect(thanks.body.contains("Bedankt"))
            let response = try #require(try await SurveyResponse.query(on: app.db).first())
            #expect(response.unitID == s.unit)
            #expect(response.gender == "f")
            #expect(response.tenureBand == TenureBand.tenAndMore.rawValue || response.tenureBand == TenureBand.fiveToTen.rawValue)
            #expect(response.ageBand == DemographicBands.ageBand(age: CalendarDate(Date(), in: WaveSettings.defaultTimeZone).year - 1986))
            #expect(response.submittedOn == CalendarDate(Date(), in: WaveSettings.defaultTimeZone).description)
            let answers = try JSONDecoder().decode([String: Int].self, from: Data(response.answers.utf8))
            #expect(answers["DLO.V.1"] == 2)
            #expect(try await OpenAnswer.query(on: app.db).all().map(\.text) == ["Meer tijd om te oefenen"])
            let invitation = try await app.invitation(wave: s.wave, person: s.person)
            #expect(invitation.status == .completed)
            #expect(invitation.progress == nil)
        }
    }

    /// Links are read on the request's own thread, without waiting; when that read fails, the
    /// reader's own thread reads the link instead.
    @Test func aLinkStillOpensWhenTheReadOnTheRequestsThreadFails() async throws {
        try await withVeerkracht(storage: .sqliteFile) { app in
            let s = try await setting(app)
            let inline = try #require(app.veerkracht.sqliteFile?.inlineReaders)
            inline.close()
            #expect(throws: SQLiteInlineReaders.Closed.self) { try inline.rows(SQLQueryString("SELECT 1")) }
            let page = try await s.visitor.get(Route.survey(token: s.token).path)
            #expect(page.status == .ok)
            #expect(page.body.contains("Waar gaat dit over?"))
        }
    }

    @Test(arguments: [TestStorage.standard, .sqliteFile])
    func twoSimultaneousSubmitsStoreExactlyOneResponse(storage: TestStorage) async throws {
        try await withVeerkracht(storage: storage) { app in
            let s = try await setting(app)
            let path = Route.surveySubmit(token: s.token).path
            let pairs = fullAnswers(["dlo@1"])
            async let first = Browser(app).postAnonymously(path, pairs: pairs, follow: false)
            async let second = Browser(app).postAnonymously(path, pairs: pairs, follow: false)
            let statuses = [try await first.status, try await second.status]
            #expect(statuses.filter { $0 == .seeOther }.count == 1)
            #expect(statuses.filter { $0 == .conflict }.count == 1)
            #expect(try await SurveyResponse.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: [TestStorage.standard, .sqliteFile])
    func twoSubmitsOfOneInvitationInOneGroupStoreOnlyTheFirst(storage: TestStorage) async throws {
        try await withVeerkracht(storage: storage) { app in
            let s = try await setting(app)
            let invitation = try await app.invitation(wave: s.wave, person: s.person)
            let submission = SubmissionWriter.Submission(
                invitationID: try invitation.requireID(), waveID: s.wave, unitID: s.unit,
                bands: DemographicBands(ageBand: nil, gender: nil, tenureBand: nil),
                day: CalendarDate(year: 2026, month: 11, day: 23)!, answers: "{}", itemAnswers: "", openAnswers: [("DLO.O.K1", "x")],
                profile: nil)
            let stored = try await app.submissions.write([submission, submission], on: app.db)
            #expect(stored == [0])
            #expect(try await SurveyResponse.query(on: app.db).count() == 1)
            #expect(try await OpenAnswer.query(on: app.db).count() == 1)
            #expect(try await app.submissions.write([submission], on: app.db).isEmpty)
        }
    }

    @Test(arguments: [TestStorage.standard, .sqliteFile])
    func manySimultaneousSubmitsOfDifferentPeopleAreAllStored(storage: TestStorage) async throws {
        try await withVeerkracht(storage: storage) { app in
            let s = try await setting(app)
            var tokens = [s.token]
            for i in 2...30 {
                let person = try await app.createPerson("\(i)", in: s.organisation, unit: s.unit)
                let invitation = WaveInvitation()
                invitation.id = UUID()
                invitation.$wave.id = s.wave
                invitation.$person.id = person
                invitation.unitID = s.unit
                invitation.tokenHash = app.surveyLinks.hash(for: invitation.id!)
                invitation.statusValue = WaveInvitation.Status.invited.rawValue
                try await invitation.create(on: app.db)
                tokens.append(app.surveyLinks.token(for: invitation.id!))
            }
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for token in tokens {
                    group.addTask {
                        try await Browser(app).postAnonymously(
                            Route.surveySubmit(token: token).path, pairs: fullAnswers(["dlo@1"]), follow: false
                        ).status
                    }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == .seeOther })
            #expect(try await SurveyResponse.query(on: app.db).count() == 30)
            #expect(try await WaveInvitation.query(on: app.db).filter(\.$statusValue == "completed").count() == 30)
        }
    }
}
