import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// A closed wave's responses are grouped into cells once and stored, and every later load (a
/// restart, another server) reads those cells — exactly while the wave's results revision stays.
@Suite struct ResultCellsTests {
    /// The wave's results as a server that just started would read them.
    private func freshRead(_ app: Application, _ s: ScanSetting) async throws -> WaveResults {
        let wave = try await WaveStore(db: app.db, organisationID: s.organisation).wave(s.wave)
        let tree = try await UnitStore(db: app.db, organisationID: s.organisation).tree()
        return try await ResultsCache().results(for: wave, tree: tree, on: app.db, now: Date())
    }

    private func snapshots(_ app: Application) async throws -> [(revision: Int, responses: Int)] {
        try await app.db.sql.raw("SELECT results_revision, responses FROM result_snapshots").all().map {
            (try $0.decode(column: "results_revision", as: Int.self), try $0.decode(column: "responses", as: Int.self))
        }
    }

    @Test func theFirstLoadOfAClosedWaveStoresItsCellsAtTheWavesRevision() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            #expect(try await freshRead(app, s).respondents == 6)
            let stored = try await snapshots(app)
            #expect(stored.map(\.responses) == [6])
            #expect(stored.map(\.revision) == [try await app.resultsRevision(of: s.wave)])
            // Noord's four and Zuid's two answered with the same bands: one cell each.
            let cells = try await app.db.sql.raw("SELECT n FROM result_cells ORDER BY n").all()
            #expect(try cells.map { try $0.decode(column: "n", as: Int.self) } == [2, 4])
        }
    }

    @Test func aRestartReadsTheStoredCellsNotTheResponses() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let first = try await freshRead(app, s)
            // Responses changed behind the revision's back are not read again: the cells are.
            try await app.db.sql.raw("UPDATE responses SET item_answers = '1'").run()
            let again = try await freshRead(app, s)
            #expect(again.unitTallies() == first.unitTallies())
            let fromResponses = try await ResultsLoader.load(
                try #require(try await Wave.find(s.wave, on: app.db)),
                tree: try await UnitStore(db: app.db, organisationID: s.organisation).tree(), on: app.db.sql)
            #expect(fromResponses.unitTallies() != first.unitTallies())
        }
    }

    @Test func resultsFromStoredCellsEqualResultsFromTheResponsesInEveryBand() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let ids = try await SurveyResponse.query(on: app.db).all().map { try $0.requireID() }
            try await app.db.sql.raw("UPDATE responses SET age_band = '20-29', gender = NULL WHERE id IN (\(binds: Array(ids.prefix(3))))")
                .run()
            let fromCells = try await freshRead(app, s)
            let fromResponses = try await ResultsLoader.load(
                try #require(try await Wave.find(s.wave, on: app.db)),
                tree: try await UnitStore(db: app.db, organisationID: s.organisation).tree(), on: app.db.sql)
            #expect(try await snapshots(app).map(\.responses) == [6])
            #expect(fromCells.bandLabels == fromResponses.bandLabels)
            #expect(fromCells.unitTallies() == fromResponses.unitTallies())
            for index in 1...2 {
                let group = ResultGroup(unit: nil, band: (.age, index))
                #expect(fromCells.tally(group) != nil)
                #expect(fromCells.tally(group) == fromResponses.tally(group))
            }
        }
    }

    @Test func cellsOfAnEarlierRevisionAreGroupedAgain() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let before = try await freshRead(app, s)
            try await app.db.sql.raw("UPDATE responses SET item_answers = '1'").run()
            try await WaveRevision.raise([s.wave: 1], on: app.db.sql)
            let after = try await freshRead(app, s)
            #expect(after.unitTallies() != before.unitTallies())
            let stored = try await snapshots(app)
            #expect(stored.map(\.revision) == [try await app.resultsRevision(of: s.wave)])
        }
    }

    @Test func aWaveThatIsStillOpenStoresNoCells() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app, open: true)
            let wave = try #require(try await Wave.find(s.wave, on: app.db))
            wave.liveResults = true
            try await wave.save(on: app.db)
            #expect(try await freshRead(app, s).respondents == 6)
            #expect(try await snapshots(app).isEmpty)
        }
    }

    @Test func aResponseWithoutCompactAnswersKeepsTheWaveOnTheResponses() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let id = try #require(try await SurveyResponse.query(on: app.db).first()?.requireID())
            try await app.db.sql.raw("UPDATE responses SET item_answers = NULL WHERE id = \(bind: id)").run()
            #expect(try await freshRead(app, s).respondents == 6)
            #expect(try await snapshots(app).isEmpty)
        }
    }

    @Test func rebuildingTheAggregatesForgetsTheStoredCells() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            _ = try await freshRead(app, s)
            try await app.db.sql.raw("UPDATE result_cells SET joined = '1'").run()
            _ = try await AggregateRebuild(db: app.db).run()
            #expect(try await snapshots(app).isEmpty)
            #expect(try await freshRead(app, s).respondents == 6)
        }
    }

    @Test func twoServersLoadingAClosedWaveAtOnceStoreItsCellsOnce() async throws {
        try await withTwoServers { first, second in
            let s = try await ScanSetting.make(first)
            async let one = freshRead(first, s)
            async let other = freshRead(second, s)
            let (a, b) = try await (one, other)
            #expect(a.unitTallies() == b.unitTallies())
            #expect(try await snapshots(first).map(\.responses) == [6])
            let cells = try await first.db.sql.raw("SELECT COUNT(*) AS n FROM result_cells").first()
            #expect(try cells?.decode(column: "n", as: Int.self) == 2)
        }
    }
}
