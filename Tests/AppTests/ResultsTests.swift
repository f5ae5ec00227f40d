import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VeerkrachtCore

@testable import App

// Serialized to bound the load: every test signs people in (a deliberately slow password hash on
// the shared thread pool) and sends many requests; all at once, beside the other suites, they
// could wait past the database pool's time-out on a two-core machine.
@Suite(.serialized) struct ResultsTests {
    private func browser(_ app: Application, _ s: ScanSetting, role: Role = .viewer) async throws -> Browser {
        try await app.createUser("\(role.rawValue)@example.org", organisation: s.organisation, role: role)
        let browser = Browser(app)
        _ = try await browser.signIn("\(role.rawValue)@example.org")
        return browser
    }

    private func resultsPath(_ s: ScanSetting, _ query: String = "") -> String {
        Route.waveResults(s.organisation, wave: s.wave).path + query
    }

    @Test func theOrganisationsResultsShowScalesAndStrengthsBeforePointsOfAttention() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let page = try await browser(app, s).get(resultsPath(s))
            #expect(page.status == .ok)
            #expect(page.body.contains("n = 6"))
            #expect(page.body.contains(DLOScan.version1.scales[0].name.nl))
            let strengths = try #require(page.body.range(of: Dutch().strengthsTitle))
            let attention = try #require(page.body.range(of: Dutch().attentionTitle))
            #expect(strengths.lowerBound < attention.lowerBound)
            #expect(page.body.contains("<svg class=\"bar\""))
        }
    }

    @Test func aTeamBelowTheThresholdIsSuppressedAndSoIsTheSiblingThatWouldGiveItAway() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let visitor = try await browser(app, s)
            let suppressed = Dutch().groupSuppressed(threshold: 3)
            #expect(try await visitor.get(resultsPath(s, "?unit=\(s.zuid.uuidString)")).body.contains(suppressed))
            #expect(try await visitor.get(resultsPath(s, "?unit=\(s.noord.uuidString)")).body.contains(suppressed))
            #expect(!(try await visitor.get(resultsPath(s, "?unit=\(s.zorg.uuidString)")).body.contains(suppressed)))
        }
    }

    @Test func theHeatmapGreysSuppressedUnits() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let page = try await browser(app, s).get(Route.waveHeatmap(s.organisation, wave: s.wave).path)
            #expect(page.status == .ok)
            #expect(page.body.contains("class=\"suppressed\""))
            #expect(page.body.contains("heat-p0"))
        }
    }

    @Test func theAggregateExportHoldsOnlyShownUnits() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let csv = try await browser(app, s).get(Route.waveAggregatesCSV(s.organisation, wave: s.wave).path)
            #expect(csv.status == .ok)
            #expect(csv.body.contains(s.zorg.uuidString))
            #expect(!csv.body.contains(s.noord.uuidString) && !csv.body.contains(s.zuid.uuidString))
            // A Dutch reader gets `;` between the fields and a decimal comma (CSVDialect).
            #expect(csv.body.contains("dlo@1/V;6;"))
        }
    }

    @Test func theResponseExportIsForAdvisorsAndReportsSmallTeamsUnderTheirShownParent() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let path = Route.waveResponsesCSV(s.organisation, wave: s.wave).path
            #expect(try await browser(app, s, role: .viewer).get(path).status == .forbidden)
            let csv = try await browser(app, s, role: .advisor).get(path)
            #expect(csv.status == .ok)
            let lines = csv.body.split(separator: "\r\n")
            #expect(lines.count == 7)
            #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("Zorg;") })
        }
    }

    @Test func badFiltersAreRefusedAndChangeNothing() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let visitor = try await browser(app, s)
            #expect(try await visitor.get(resultsPath(s, "?unit=not-a-unit")).status == .badRequest)
            #expect(try await visitor.get(resultsPath(s, "?unit=\(UUID().uuidString)")).status == .notFound)
            #expect(try await visitor.get(resultsPath(s, "?band=age:abc")).status == .badRequest)
            #expect(try await visitor.get(resultsPath(s, "?band=shoe:42")).status == .badRequest)
            // A well-formed band nobody has looks like any other group too small to show.
            #expect(try await visitor.get(resultsPath(s, "?band=age:70-79")).body.contains(Dutch().groupSuppressed(threshold: 3)))
            let other = try await app.createOrganisation("Ander")
            let foreign = try await app.createWave(in: other, units: [try await app.createUnit("X", in: other)], open: false)
            #expect(try await visitor.get(Route.waveResults(s.organisation, wave: foreign).path).status == .notFound)
            #expect(try await visitor.get(Route.waveResults(other, wave: foreign).path).status == .notFound)
        }
    }

    @Test func resultsFromTheCompactAnswersEqualThoseFromTheStoredJSON() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let wave = try await Wave.find(s.wave, on: app.db)!
            let tree = try await UnitStore(db: app.db, organisationID: s.organisation).tree()
            let compact = try await ResultsLoader.load(wave, tree: tree, on: app.db.sql)
            try await app.db.sql.raw("UPDATE responses SET item_answers = NULL").run()
            let fromJSON = try await ResultsLoader.load(wave, tree: tree, on: app.db.sql)
            #expect(compact.unitTallies() == fromJSON.unitTallies())
            #expect(compact.unitTallies()[0]?.respondents == 6)
        }
    }

    @Test func aNewResponseIsCountedOnTheNextVisit() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let visitor = try await browser(app, s)
            #expect(try await visitor.get(resultsPath(s)).body.contains("n = 6"))
            let person = try await app.createPerson("late", in: s.organisation, unit: s.noord)
            let invitation = WaveInvitation()
            invitation.$wave.id = s.wave
            invitation.$person.id = person
            invitation.unitID = s.noord
            invitation.tokenHash = UUID().uuidString
            invitation.statusValue = WaveInvitation.Status.invited.rawValue
            try await invitation.create(on: app.db)
            try await app.respond(wave: s.wave, person: person, unit: s.noord, value: 5)
            #expect(try await visitor.get(resultsPath(s)).body.contains("n = 7"))
        }
    }

    @Test func theItemPageListsTheOrganisationAndOnlyShownUnits() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let page = try await browser(app, s).get(Route.waveItem(s.organisation, wave: s.wave, item: "DLO.K2.1").path)
            #expect(page.status == .ok)
            #expect(page.body.contains(Dutch().wholeOrganisation) && page.body.contains(">Zorg<"))
            #expect(!page.body.contains(">Noord<") && !page.body.contains(">Zuid<"))
            #expect(
                try await browser(app, s, role: .manager).get(Route.waveItem(s.organisation, wave: s.wave, item: "NOPE").path).status
                    == .notFound)
        }
    }

    @Test func theTrendComparesTheLastTwoWavesWithWelchsTest() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            // A second, later wave in which everyone answers 5: clearly up, even with six people.
            let wave = Wave(
                organisationID: s.organisation,
                settings: WaveSettings(
                    name: "Voorjaar", instruments: ["dlo@1"], units: [s.zorg], opensAt: Date().addingTimeInterval(60),
                    closesAt: Date().addingTimeInterval(86_400), anonymityThreshold: 3, languages: [.nl]))
            try await wave.create(on: app.db)
            _ = try await WaveStore(db: app.db, organisationID: s.organisation).open(wave, links: app.surveyLinks)
            for invitation in try await WaveInvitation.query(on: app.db).filter(\.$wave.$id == wave.requireID()).all() {
                try await app.respond(
                    wave: try wave.requireID(), person: invitation.$person.id, unit: invitation.unitID,
                    value: 5)
            }
            try await app.closeWave(try wave.requireID())
            let page = try await browser(app, s).get(Route.waveTrend(s.organisation, wave: s.wave, scale: "dlo-K2").path)
            #expect(page.status == .ok)
            #expect(page.body.contains("<svg class=\"trend\""))
            #expect(page.body.contains(Dutch().changeVerdict(.up)))
            #expect(page.body.contains("Najaarsmeting") && page.body.contains("Voorjaar"))
        }
    }

    @Test func openAnswersShowForALargeEnoughGroupOnlyAndAnAdvisorCanHideOne() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            // This wave chose the lowest threshold for open answers its own threshold allows.
            let wave = try #require(try await Wave.find(s.wave, on: app.db))
            wave.openAnswerThresholdValue = 3
            try await wave.save(on: app.db)
            let sql = app.db.sql
            for (unit, text) in [(s.noord, "Meer tijd om te oefenen"), (s.zuid, "Samen terugkijken helpt")] {
                try await sql.insert(into: "open_answers").columns("id", "wave_id", "unit_id", "question_code", "text")
                    .values(SQLBind(UUID()), SQLBind(s.wave), SQLBind(unit), SQLBind("DLO.O.K2"), SQLBind(text)).run()
            }
            let advisor = try await browser(app, s, role: .advisor)
            let path = Route.waveOpenAnswers(s.organisation, wave: s.wave).path
            let all = try await advisor.get(path)
            #expect(all.body.contains("Meer tijd om te oefenen") && all.body.contains("Samen terugkijken helpt"))
            #expect(try await advisor.get(path + "?unit=\(s.zuid.uuidString)").body.contains(Dutch().groupSuppressed(threshold: 3)))

            let answer = try await OpenAnswer.query(on: app.db).filter(\.$text == "Samen terugkijken helpt").first()!
            let hide = Route.waveOpenAnswerHide(s.organisation, wave: s.wave, answer: try answer.requireID()).path
            #expect(try await browser(app, s, role: .viewer).post(hide, follow: false).status == .forbidden)
            let after = try await advisor.post(hide)
            #expect(after.body.contains(Dutch().answerHidden) && !after.body.contains("Samen terugkijken helpt"))
            let logged = try await sql.raw("SELECT COUNT(*) AS n FROM open_answer_hidings").first()!.decode(column: "n", as: Int.self)
            #expect(logged == 1)
            let elsewhere = Route.waveOpenAnswerHide(s.organisation, wave: s.wave, answer: UUID()).path
            #expect(try await advisor.post(elsewhere, follow: false).status == .notFound)
        }
    }

    @Test func exportNumbersHaveFourDecimalsWithADot() {
        #expect(CSVDownload.number(3.14159) == "3.1416")
        #expect(CSVDownload.number(-0.05) == "-0.0500")
        #expect(CSVDownload.number(2) == "2.0000")
        #expect(CSVDownload.number(0.00004) == "0.0000")
        #expect(CSVDownload.number(nil) == "" && CSVDownload.number(.nan) == "")
    }

    @Test func rebuildingRepairsDamagedCompactAnswersSoBothWaysAgree() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let sql = app.db.sql
            let wave = try await Wave.find(s.wave, on: app.db)!
            let tree = try await UnitStore(db: app.db, organisationID: s.organisation).tree()
            let ids = try await SurveyResponse.query(on: app.db).all().map { try $0.requireID() }
            try await sql.raw("UPDATE responses SET item_answers = NULL WHERE id = \(bind: ids[0])").run()
            try await sql.raw("UPDATE responses SET item_answers = '111' WHERE id = \(bind: ids[1])").run()
            let damaged = try await ResultsLoader.load(wave, tree: tree, on: sql)

            #expect(try await AggregateRebuild(db: app.db).run() == .init(checked: 6, repaired: 2))
            #expect(try await AggregateRebuild(db: app.db).run() == .init(checked: 6, repaired: 0))
            let rebuilt = try await ResultsLoader.load(wave, tree: tree, on: sql)
            try await sql.raw("UPDATE responses SET item_answers = NULL").run()
            let fromJSON = try await ResultsLoader.load(wave, tree: tree, on: sql)
            #expect(rebuilt.unitTallies() == fromJSON.unitTallies())
            #expect(damaged.unitTallies() != fromJSON.unitTallies())
        }
    }
}
