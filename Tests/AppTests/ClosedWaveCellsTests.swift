import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// A server stores the cells of waves that closed in the background, so that no reader and no
/// start waits for the grouping.
@Suite struct ClosedWaveCellsTests {
    private func storedRevisions(_ app: Application) async throws -> [UUID: Int] {
        let rows = try await app.db.sql.raw("SELECT wave_id, results_revision FROM result_snapshots").all()
        return Dictionary(
            uniqueKeysWithValues: try rows.map {
                (try $0.decode(column: "wave_id", as: UUID.self), try $0.decode(column: "results_revision", as: Int.self))
            })
    }

    @Test func aSweepStoresTheCellsOfAClosedWaveAtItsRevision() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            #expect(try await ClosedWaveCells().sweep(now: Date(), on: app.db) == [s.wave])
            #expect(try await storedRevisions(app) == [s.wave: try await app.resultsRevision(of: s.wave)])
            let released = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM responses WHERE released = \(bind: true)").first()
            #expect(try released?.decode(column: "n", as: Int.self) == 6)
        }
    }

    @Test func anOpenWaveIsLeftAloneUntilItsClosingMoment() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app, open: true)
            let closesAt = try #require(try await Wave.find(s.wave, on: app.db)).closesAt
            let sweep = ClosedWaveCells()
            #expect(try await sweep.sweep(now: closesAt.addingTimeInterval(-1), on: app.db).isEmpty)
            #expect(try await storedRevisions(app).isEmpty)
            // A second past the moment: the stored moment may be a fraction of a millisecond off the one read back.
            #expect(try await sweep.sweep(now: closesAt.addingTimeInterval(1), on: app.db) == [s.wave])
        }
    }

    @Test func aWaveWhoseCellsAreStoredIsNotPendingAgain() async throws {
        try await withVeerkracht { app in
            _ = try await ScanSetting.make(app)
            let sweep = ClosedWaveCells()
            try await sweep.sweep(now: Date(), on: app.db)
            #expect(try await ClosedWaveCells.pending(now: Date(), on: app.db.sql).isEmpty)
            #expect(try await sweep.sweep(now: Date(), on: app.db).isEmpty)
        }
    }

    @Test func aWaveThatCannotBeStoredIsTriedAgainOnlyOnceItsRevisionMoves() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let sweep = ClosedWaveCells()
            let id = try #require(try await SurveyResponse.query(on: app.db).first()?.requireID())
            let compact = try #require(try await SurveyResponse.find(id, on: app.db)?.itemAnswers)
            try await app.db.sql.raw("UPDATE responses SET item_answers = NULL WHERE id = \(bind: id)").run()
            #expect(try await sweep.sweep(now: Date(), on: app.db).isEmpty)
            // Mended behind the revision's back: this server does not look through the wave again.
            try await app.db.sql.raw("UPDATE responses SET item_answers = \(bind: compact) WHERE id = \(bind: id)").run()
            #expect(try await sweep.sweep(now: Date(), on: app.db).isEmpty)
            // A new revision (what rebuild-aggregates sets after a repair) is tried.
            try await app.db.sql.raw("UPDATE waves SET results_revision = results_revision + 1 WHERE id = \(bind: s.wave)").run()
            #expect(try await sweep.sweep(now: Date(), on: app.db) == [s.wave])
        }
    }

    @Test func oneSweepStoresAtMostThreeWavesTheLatestClosedFirst() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            var waves = [s.wave]
            for _ in 2...4 { waves.append(try await app.createWave(in: s.organisation, units: [s.zorg], open: false)) }
            for (day, wave) in zip(1..., waves) {
                let closedAt = Date().addingTimeInterval(Double(-day) * 86_400)
                try await app.db.sql.raw("UPDATE waves SET status = 'closed', closes_at = \(bind: closedAt) WHERE id = \(bind: wave)").run()
            }
            let sweep = ClosedWaveCells()
            #expect(try await sweep.sweep(now: Date(), on: app.db) == Array(waves.prefix(3)))
            #expect(try await sweep.sweep(now: Date(), on: app.db) == [waves[3]])
        }
    }

    @Test func aReaderAfterTheSweepReadsTheCellsItStored() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let wave = try await WaveStore(db: app.db, organisationID: s.organisation).wave(s.wave)
            let tree = try await UnitStore(db: app.db, organisationID: s.organisation).tree()
            let fromResponses = try await ResultsLoader.load(wave, tree: tree, on: app.db.sql)
            try await ClosedWaveCells().sweep(now: Date(), on: app.db)
            // Responses changed behind the revision's back after the sweep are not read: its cells are.
            try await app.db.sql.raw("UPDATE responses SET item_answers = '1'").run()
            let read = try await ResultsCache().results(for: wave, tree: tree, on: app.db, now: Date())
            #expect(read.respondents == 6)
            #expect(read.unitTallies() == fromResponses.unitTallies())
        }
    }
}
