@testable import App
import Foundation
import Testing
import Vapor
import VeerkrachtCore

/// One request must not stop everyone: each test was a way to crash or stall the server.
@Suite struct HardeningTests {
    @Test func theTrendOfAnOrganisationsFirstWaveAnswersAndTheServerStaysUp() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let viewer = try await app.signedIn(as: "viewer@example.org", .viewer, in: s.organisation)
            // This link ended the whole process with "Index out of range".
            let page = try await viewer.get(Route.waveTrend(s.organisation, wave: s.wave, scale: "dlo-K1").path)
            #expect(page.status == .ok && page.body.contains(Dutch().trendNeedsTwoWaves))
            let unit = try await viewer.get(Route.waveTrend(s.organisation, wave: s.wave, scale: "dlo-K1").path + "?unit=\(s.noord.uuidString)")
            #expect(unit.status == .ok)
            #expect(try await viewer.get(Route.health.path).status == .ok)
        }
    }

    @Test func aFormWithMoreFieldsThanAnyPageIsRefusedBeforeAnythingReadsIt() async throws {
        try await withVeerkracht { app in
            // 40,000 repeated pairs took 17 seconds of decoding before the 403.
            let pairs = Array(repeating: ("a", "1"), count: 40_000)
            let page = try await Browser(app).postAnonymously(Route.signIn.path, pairs: pairs, follow: false)
            #expect(page.status == .payloadTooLarge)
            #expect(page.body.contains(Dutch().message(for: .formTooLarge)))
        }
    }

    @Test func aFormLargerThanAnyPageIsRefused() async throws {
        try await withVeerkracht { app in
            let page = try await Browser(app).postAnonymously(Route.signIn.path, pairs: [("note", String(repeating: "x", count: 2_000_000))],
                                                             follow: false)
            #expect(page.status == .payloadTooLarge)
        }
    }

    @Test func aPostWithoutASessionIsRefusedWithoutReadingItsForm() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let pairs = Array(repeating: ("a", "1"), count: 1_500) + [("_csrf", "guess")]
            let page = try await Browser(app).postAnonymously(Route.waves(organisation).path, pairs: pairs, follow: false)
            #expect(page.status == .forbidden)
        }
    }

    @Test func aSurveyPageWithThousandsOfBadAnswersListsFiftyAndCountsTheRest() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let team = try await app.createUnit("Noord", in: organisation)
            let person = try await app.createPerson("p1", in: organisation, unit: team)
            let wave = try await app.createWave(in: organisation, units: [team])
            let token = try await app.surveyToken(wave: wave, person: person)
            let pairs = (0..<1_500).map { ("X.\($0)", "1") }
            let page = try await Browser(app).postAnonymously(Route.surveySection(token: token, number: 1).path, pairs: pairs, follow: false)
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains(Dutch().moreAnswerProblems(1_450)))
            #expect(page.body.components(separatedBy: "<li>").count - 1 <= AnswerProblems.reportedAtMost + 5)
        }
    }
}

@Suite struct SpreadsheetSafeCSVTests {
    @Test func aFormulaAfterASeparatorADutchExcelSplitsOnStaysText() {
        // A Dutch Excel splits on ";": quoted, the whole field stays one cell of text.
        #expect(CSVText.field("a;=1+1") == "\"a;=1+1\"")
        #expect(CSVText.field("a\t=1+1") == "\"a\t=1+1\"")
    }

    @Test func aFormulaAtTheStartIsMarkedAsTextEvenAfterBlanks() {
        #expect(CSVText.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVText.field("  @SUM(A1)") == "'  @SUM(A1)")
        #expect(CSVText.field("Team Noord") == "Team Noord")
    }

    @Test func aFileForAProgramKeepsItsValuesAsTheyAre() {
        #expect(CSVText.field("a;=1", protectFormulas: false) == "a;=1")
    }
}
