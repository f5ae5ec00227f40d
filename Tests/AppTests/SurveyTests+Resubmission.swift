import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// After the submit: a late page changes nothing, nothing stored leads back to a person, the
/// thanks page shows the scores, and the language can be switched on any page.
extension SurveyTests {
    @Test func aPageSavedFromAnotherTabAfterSubmittingChangesNothing() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            _ = try await s.visitor.postAnonymously(Route.surveySubmit(token: s.token).path, pairs: fullAnswers(["dlo@1"]))
            let late = try await Browser(app).postAnonymously(Route.surveySection(token: s.token, number: 1).path, pairs: pageAnswers(1))
            #expect(late.status == .conflict)
            #expect(late.body.contains("al verstuurd"))
            #expect(try await app.invitation(wave: s.wave, person: s.person).progress == nil)
            let again = try await Browser(app).postAnonymously(Route.surveySubmit(token: s.token).path, pairs: fullAnswers(["dlo@1"]))
            #expect(again.status == .conflict)
            #expect(try await SurveyResponse.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: [TestStorage.standard, .sqliteFile])
    func noStoredColumnLinksAResponseToAnInvitationOrAPerson(storage: TestStorage) async throws {
        try await withVeerkracht(storage: storage) { app in
            let s = try await setting(app)
            let invitationID = try await app.invitation(wave: s.wave, person: s.person).requireID()
            _ = try await s.visitor.postAnonymously(
                Route.surveySubmit(token: s.token).path,
                pairs: fullAnswers(["dlo@1"]) + [("DLO.O.K2", "Samen leren")])
            let sql = app.db.sql
            for table in [SurveyResponse.schema, OpenAnswer.schema] {
                let rows = try await sql.raw("SELECT * FROM \(ident: table)").all()
                #expect(rows.count == 1)
                for row in rows {
                    #expect(
                        !row.allColumns.contains {
                            $0.contains("invitation") || $0.contains("person") || $0.contains("token") || $0.hasSuffix("_at")
                        })
                    for column in row.allColumns {
                        let value = try? row.decode(column: column, as: UUID.self)
                        #expect(value != invitationID && value != s.person)
                        let text = try? row.decode(column: column, as: String.self)
                        #expect(text != s.token && text != SecureToken.hash(s.token))
                    }
                }
            }
        }
    }

    @Test(arguments: [TestStorage.standard, .sqliteFile])
    func theThanksPageShowsTheLearningPreferenceScores(storage: TestStorage) async throws {
        try await withVeerkracht(storage: storage) { app in
            let s = try await setting(app, instruments: ["lp@1"])
            let answers = LearningPreferenceScan.version1.items.map { ($0.code, $0.scale == "ON" ? "5" : "2") }
            let thanks = try await s.visitor.postAnonymously(Route.surveySubmit(token: s.token).path, pairs: answers)
            #expect(thanks.path == Route.surveyThanks(token: s.token).path)
            #expect(thanks.body.contains("Jouw leervoorkeuren"))
            let first = try #require(thanks.body.range(of: "<td>1</td><td>"))
            #expect(thanks.body[first.upperBound...].hasPrefix(SurveyThanksPage.name(.ontdekken, .nl)))
            #expect(thanks.body.contains("5,0"))
            // The way back: the same link leads to the same page later.
            #expect(try await Browser(app).get(Route.survey(token: s.token).path).body.contains("Jouw leervoorkeuren"))
        }
    }

    @Test func thePersonSwitchesLanguageAndStaysOnTheSamePage() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let path = Route.surveySection(token: s.token, number: 2).path
            let page = try await s.visitor.postAnonymously(
                Route.surveyLanguage(token: s.token).path,
                pairs: [("language", "en"), ("return", path)])
            #expect(page.path == path)
            #expect(page.body.contains("lang=\"en\""))
            #expect(page.body.contains("Page 2 of"))
            let elsewhere = try await s.visitor.postAnonymously(
                Route.surveyLanguage(token: s.token).path,
                pairs: [("language", "nl"), ("return", "https://evil.example/")], follow: false)
            #expect(elsewhere.location == Route.survey(token: s.token).path)
        }
    }
}
