import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// The results pages on a small demo organisation: many units, some too small to show.
// Serialized to bound the load: every test writes a demo organisation of hundreds of people and
// reads its pages; all at once, beside the other suites, they could wait past the database
// pool's time-out on a two-core machine.
@Suite(.serialized) struct DemoResultsTests {
    private func demo(_ app: Application) async throws -> (organisation: UUID, latest: UUID, visitor: Browser, responses: Int) {
        let filled = try await DemoCommand.fill(app, name: "Demo", people: 400, waves: 2, seed: 5, rate: 1, now: app.clock.now())
        try await app.createUser("advisor@example.org", organisation: filled.organisation, role: .advisor)
        let visitor = Browser(app)
        _ = try await visitor.signIn("advisor@example.org")
        // The latest full wave; the demo's follow-up pulse opened after it.
        let latest = try await Wave.query(on: app.db).filter(\.$name == "Demo 2").first()!.requireID()
        return (filled.organisation, latest, visitor, filled.responses[1])
    }

    @Test func theDemoFillsUnitsPeopleAndEveryResponse() async throws {
        try await withVeerkracht { app in
            let filled = try await DemoCommand.fill(app, name: "Demo", people: 300, waves: 2, seed: 5, rate: 1, now: app.clock.now())
            #expect(filled.units > 200 && filled.responses == [300, 300])
            let pulse = try #require(try await WavePulseRow.query(on: app.db).first()?.waveID)
            let answeredPulse = try await SurveyResponse.query(on: app.db).filter(\.$wave.$id == pulse).count()
            #expect(try await SurveyResponse.query(on: app.db).filter(\.$wave.$id != pulse).count() == 600)
            // Everyone of the first division answered its pulse, and nobody else was asked.
            #expect(answeredPulse > 0 && answeredPulse < 300)
            #expect(try await WaveInvitation.query(on: app.db).filter(\.$wave.$id == pulse).count() == answeredPulse)
            #expect(try await SurveyResponse.query(on: app.db).filter(\.$itemAnswers == nil).count() == 0)
            #expect(try await LearningProfileRow.query(on: app.db).count() == 600)
            #expect(try await ConversationActionRow.query(on: app.db).count() == 1)
            #expect(try await LearningProfileRow.query(on: app.db).filter(\.$shareWithTeam == true).count() > 0)
            #expect(try await ProgrammeRow.query(on: app.db).count() == 10)
        }
    }

    @Test func everyClosedWaveOfTheDemoHasItsCellsStoredTheFollowUpPulseToo() async throws {
        try await withVeerkracht { app in
            _ = try await DemoCommand.fill(app, name: "Demo", people: 300, waves: 2, seed: 5, rate: 1, now: app.clock.now())
            let waves = try await Wave.query(on: app.db).all()
            #expect(waves.count == 3)
            for wave in waves {
                let id = try wave.requireID()
                let responses = try await SurveyResponse.query(on: app.db).filter(\.$wave.$id == id).count()
                let stored = try await ResultsLoader.storedResponses(of: id, at: wave.resultsRevision, on: app.db.sql)
                #expect(responses > 0 && stored == responses, "\(wave.name)")
            }
        }
    }

    @Test func theResultsPageCountsEveryRespondentOfTheLatestWave() async throws {
        try await withVeerkracht { app in
            let d = try await demo(app)
            let page = try await d.visitor.get(Route.waveResults(d.organisation, wave: d.latest).path)
            #expect(page.status == .ok && page.body.contains("n = \(d.responses)"))
        }
    }

    @Test func theHeatmapHasARowPerUnitAndGreysTheSmallOnes() async throws {
        try await withVeerkracht { app in
            let d = try await demo(app)
            let page = try await d.visitor.get(Route.waveHeatmap(d.organisation, wave: d.latest).path)
            let units = try await Unit.query(on: app.db).count()
            #expect(page.body.components(separatedBy: "<th scope=\"row\"").count - 1 == units + 1)
            #expect(page.body.contains("class=\"suppressed\"") && page.body.contains("heat-"))
        }
    }

    @Test func theAggregateExportNamesOnlyUnitsTheRuleShows() async throws {
        try await withVeerkracht { app in
            let d = try await demo(app)
            let csv = try await d.visitor.get(Route.waveAggregatesCSV(d.organisation, wave: d.latest).path)
            let wave = try await Wave.find(d.latest, on: app.db)!
            let tree = try await UnitStore(db: app.db, organisationID: d.organisation).tree()
            let results = try await app.results.results(for: wave, tree: tree, on: app.db, now: app.clock.now())
            let exported = Set(csv.body.split(separator: "\r\n").dropFirst().compactMap { UUID(uuidString: String($0.prefix(36))) })
            #expect(!exported.isEmpty)
            #expect(exported.allSatisfy { results.isShown(ResultGroup(unit: $0)) })
            let shown = tree.nodes.keys.filter { results.isShown(ResultGroup(unit: $0)) }
            #expect(Set(shown) == exported)
        }
    }

    @Test func theTrendShowsTheDemosImprovementInLearningTogether() async throws {
        try await withVeerkracht { app in
            let d = try await demo(app)
            let page = try await d.visitor.get(Route.waveTrend(d.organisation, wave: d.latest, scale: "dlo-K2").path)
            #expect(page.body.contains(Dutch().changeVerdict(.up)))
        }
    }
}
