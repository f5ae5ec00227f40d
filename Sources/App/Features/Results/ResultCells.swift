import Fluent
import Foundation
import SQLKit
import Vapor
import VeerkrachtCore

/// A closed wave's results read from its stored cells (`result_cells`): the first load after
/// the wave closed, on whichever server, groups its responses by cell once and stores them;
/// every later load (a restart, a deploy, another server) reads those few thousand rows
/// instead of grouping every response again, which at a million responses took PostgreSQL
/// about three seconds a wave. Cells are stored for one results revision and read only while
/// the wave is at it: a closed wave takes no responses, and `rebuild-aggregates` raises the
/// revision when it repairs one.
extension ResultsLoader {
    static func loadClosed(_ wave: Wave, tree: UnitTree, on db: any Database) async throws -> WaveResults {
        let waveID = try wave.requireID()
        let revision = wave.resultsRevision
        var stored = try await storedResponses(of: waveID, at: revision, on: db.sql)
        if stored == nil, try await storeCells(of: waveID, at: revision, on: db) {
            stored = try await storedResponses(of: waveID, at: revision, on: db.sql)
        }
        let (questionnaire, layout, columns) = try parts(wave, tree: tree)
        guard let stored,
            let table = try await cellTable(wave, layout: layout, columns: columns, responses: stored, on: db.sql)
        else {
            let results = try await load(wave, tree: tree, on: db.sql)
            try await release(waveID, on: db.sql)
            return results
        }
        return WaveResults(table: table, instruments: questionnaire.instruments, layout: layout, threshold: wave.anonymityThreshold)
    }

    /// How many responses the wave's stored cells hold at `revision`; nil when none are stored for it.
    static func storedResponses(of waveID: UUID, at revision: Int, on sql: any SQLDatabase) async throws -> Int? {
        try await sql.raw(
            "SELECT responses FROM result_snapshots WHERE wave_id = \(bind: waveID) AND results_revision = \(bind: revision)"
        ).first()?.decode(column: "responses", as: Int.self)
    }

    /// The table made from the stored cells, or nil when they no longer hold `responses` rows
    /// (replaced at another revision while this load read them). Every statement joins the
    /// snapshot row at the wave's revision, and cells and that row change in one transaction,
    /// so each statement sees the cells of that revision or none.
    private static func cellTable(
        _ wave: Wave, layout: WaveResults.Layout, columns: [Item], responses: Int, on sql: any SQLDatabase
    ) async throws -> ResponseTable? {
        let waveID = try wave.requireID()
        let ofRevision: SQLQueryString = """
            FROM result_cells c JOIN result_snapshots s ON s.wave_id = c.wave_id
            WHERE c.wave_id = \(bind: waveID) AND s.results_revision = \(bind: wave.resultsRevision)
            """
        let ages = try await sql.raw("SELECT DISTINCT c.age_band AS age_band \(ofRevision) AND c.age_band IS NOT NULL").all()
            .map { try $0.decode(column: "age_band", as: String.self) }
        var table = ResponseTable(columns: columns, bandLabels: ResponseTable.labels(ages: Set(ages)))
        table.reserve(rows: responses)
        try await appendCells(
            to: &table, layout: layout,
            from: "SELECT c.unit_id, c.age_band, c.gender, c.tenure_band, c.n, c.joined \(ofRevision)", on: sql)
        return table.count == responses ? table : nil
    }

    /// Groups the wave's responses into cells and stores them for `revision`, replacing those
    /// of an earlier one, in one transaction that holds the wave row (PostgreSQL: `FOR
    /// UPDATE`; SQLite: its write lock, taken by the first statement), so that no response and
    /// no other server's cells come in between. Stores nothing and returns false when the wave
    /// has moved past `revision` or a response lacks its compact answers (those load row by
    /// row until `rebuild-aggregates` fills them in).
    @discardableResult
    static func storeCells(of waveID: UUID, at revision: Int, on db: any Database) async throws -> Bool {
        try await db.transaction { db in
            let sql = db.sql
            try await sql.raw(
                "DELETE FROM result_snapshots WHERE wave_id = \(bind: waveID) AND results_revision < \(bind: revision)"
            ).run()
            let lock: SQLQueryString = sql.dialect.name == "postgresql" ? "FOR UPDATE" : ""
            let current = try await sql.raw("SELECT results_revision FROM waves WHERE id = \(bind: waveID) \(lock)").first()?
                .decode(column: "results_revision", as: Int.self)
            guard current == revision else { return false }
            if try await storedResponses(of: waveID, at: revision, on: sql) != nil { return true }
            let incomplete = try await sql.raw(
                "SELECT 1 AS one FROM responses WHERE wave_id = \(bind: waveID) AND item_answers IS NULL LIMIT 1"
            ).first()
            guard incomplete == nil else { return false }
            try await release(waveID, on: sql)
            try await sql.raw("DELETE FROM result_cells WHERE wave_id = \(bind: waveID)").run()
            try await sql.raw(
                """
                INSERT INTO result_cells (wave_id, unit_id, age_band, gender, tenure_band, n, joined)
                SELECT wave_id, unit_id, age_band, gender, tenure_band, COUNT(*), \(joinedAnswers(sql))
                FROM responses WHERE wave_id = \(bind: waveID)
                GROUP BY wave_id, unit_id, age_band, gender, tenure_band
                """
            ).run()
            try await sql.raw(
                """
                INSERT INTO result_snapshots (id, wave_id, results_revision, responses, made_at)
                VALUES (\(bind: UUID()), \(bind: waveID), \(bind: revision),
                        (SELECT COALESCE(SUM(n), 0) FROM result_cells WHERE wave_id = \(bind: waveID)), \(bind: Date()))
                """
            ).run()
            return true
        }
    }

    /// Marks every response of the closed wave as released: everything is public once closed,
    /// and a wave reopened with live results starts from there. Done where its cells are stored,
    /// so a load from stored cells does not look through every response again (at a million,
    /// over a second a wave, to change nothing).
    private static func release(_ waveID: UUID, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            "UPDATE responses SET released = \(bind: true) WHERE wave_id = \(bind: waveID) AND released = \(bind: false)"
        ).run()
    }

    /// Forgets a wave's stored cells; the next load of the closed wave groups its responses again.
    static func forgetCells(of waveID: UUID, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM result_snapshots WHERE wave_id = \(bind: waveID)").run()
        try await sql.raw("DELETE FROM result_cells WHERE wave_id = \(bind: waveID)").run()
    }
}
