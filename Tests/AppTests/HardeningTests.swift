import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// One request must not stop everyone: each test was a way to crash or stall the server.
@Suite struct HardeningTests {
    @Test func theTrendOfAnOrganisationsFirstWaveAnswersAndTheServerStaysUp() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let viewer = try await app.signedIn(as: "viewer@example.org", .viewer, in: s.organisation)
            // This link ended the whole process with "Index out of range".
            let page = try await viewer.get(Route.waveTrend(s.organisation, wave: s.wave, scale: "dlo-K1").path)
            #expect(page.status == .ok && page.body.contains(Dutch().trendNeedsTwoWaves))
            let unit = try await viewer.get(
                Route.waveTrend(s.organisation, wave: s.wave, scale: "dlo-K1").path + "?unit=\(s.noord.uuidString)")
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
            let page = try await Browser(app).postAnonymously(
                Route.signIn.path, pairs: [("note", String(repeating: "x", count: 2_000_000))],
                follow: false)
            #expect(page.status == .payloadTooLarge)
        }
    }

    @Test func aControlCharacterInAnyFormFieldIsRefusedAndNothingIsStored() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let browser = try await app.signedIn(as: "adv@example.org", .advisor, in: organisation)
            let page = try await browser.post(Route.units(organisation).path, ["name": "Zorg\u{0}"], follow: false)
            #expect(page.status == .unprocessableEntity && page.body.contains(Dutch().message(for: .controlCharacter)))
            #expect(try await Unit.query(on: app.db).count() == 0)
        }
    }

    @Test func aControlCharacterInAnAPIBodyIsRefusedInTheOneErrorShape() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let api = try await app.apiClient("api@example.org", .advisor, in: organisation)
            let answer = try await api.post(Route.apiUnits(organisation).path, ["name": "Zorg\u{0}"])
            #expect(answer.status == .unprocessableEntity && answer.error?["code"] != nil)
            #expect(try await Unit.query(on: app.db).count() == 0)
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
            let page = try await Browser(app).postAnonymously(
                Route.surveySection(token: token, number: 1).path, pairs: pairs, follow: false)
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

/// The printed report is a page too: a stored value must not run there either.
@Suite struct ReportPrintingTests {
    static let canPrint = ReportCommand.chromium() != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")

    @Test func theStandaloneReportCarriesThePagesPolicyWithScriptsOff() {
        let html = ReportCommand.standalone(
            #"<html><head><link rel="stylesheet" href="/assets/veerkracht.css"/></head><body></body></html>"#)
        #expect(html.contains("http-equiv=\"Content-Security-Policy\""))
        #expect(html.contains("script-src 'none'") && html.contains("base-uri 'none'") && html.contains("style-src 'sha256-"))
    }

    @Test(.enabled(if: canPrint, "needs Chromium and pdftotext"))
    func aScriptInTheReportDoesNotRunWhenItIsPrinted() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page =
            #"<!DOCTYPE html><html><head><link rel="stylesheet" href="/assets/veerkracht.css"/></head>"#
            + #"<body><p class="muted">Rapport</p><script>document.body.textContent = 'SCRIPT RAN'</script></body></html>"#
        let (html, pdf) = (folder.appendingPathComponent("r.html"), folder.appendingPathComponent("r.pdf"))
        try ReportCommand.standalone(page).write(to: html, atomically: true, encoding: .utf8)
        try await ReportCommand.printPDF(chromium: try #require(ReportCommand.chromium()), html: html, pdf: pdf)
        let text = Process()
        text.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        text.arguments = [pdf.path, "-"]
        let output = Pipe()
        text.standardOutput = output
        try text.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        text.waitUntilExit()
        #expect(printed.contains("Rapport"))
        #expect(!printed.contains("SCRIPT RAN"))
    }
}
