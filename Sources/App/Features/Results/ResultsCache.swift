import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Vapor
import VeerkrachtCore

/// Keeps the `WaveResults` of the waves read most recently in memory, loaded from the compact
/// answers, for as long as the wave's results revision (raised in the transaction of every
/// stored response, on whichever server), its lifecycle and its organisation's unit tree stay
/// the same. All three come with the wave row and the tree the request loaded anyway, so a
/// warm read asks the database nothing. At most `capacity` waves are kept; the one read
/// longest ago makes room.
///
/// A lock, not an actor: every results page, heatmap, dashboard and export reads here, and
/// under 32 connections the hops onto one actor made some requests wait behind all the others.
final class ResultsCache: Sendable {
    /// What a wave's results depend on, besides its responses.
    struct Key: Equatable, Sendable {
        let revision: Int
        let tree: Int
        let lifecycle: String
    }

    static let defaultCapacity = 6

    /// Loads under way are shared: a request that needs what another one is loading waits for
    /// that load instead of reading 100,000 rows a second time (the first visits after a start,
    /// and the warming at start, meet there).
    private let kept: KeptLoads<UUID, Key, WaveResults>
    private let readCount = NIOLockedValueBox(0)
    var capacity: Int { kept.capacity }

    init(capacity: Int = ResultsCache.defaultCapacity) {
        kept = KeptLoads(capacity: capacity)
    }

    /// How many times a figure derived from people was read here: every page, export and API
    /// answer that shows one must read it through this cache, and a test walks the route table
    /// to check that each does.
    var reads: Int { readCount.withLockedValue { $0 } }

    /// How many times results were read from the database.
    var loads: Int { kept.loads }

    /// The waves whose results are in memory now.
    var keptWaves: Set<UUID> { kept.keys }

    /// The response rates of a wave under their disclosure rule (`ResponseRates`).
    func responseRates(_ rates: [UUID: ResponseRate], tree: UnitTree, threshold: Int) -> ResponseRates {
        readCount.withLockedValue { $0 += 1 }
        return ResponseRates(rates, tree: tree, threshold: threshold)
    }

    /// The results every reader gets: all responses of a closed wave; of a wave that is not
    /// closed, none (withheld) unless an advisor turned on live results, and then the last safe
    /// step (`LiveRelease`).
    func results(for wave: Wave, tree: UnitTree, on db: any Database, now: Date) async throws -> WaveResults {
        let waveID = try wave.requireID()
        readCount.withLockedValue { $0 += 1 }
        guard let key = Self.key(for: wave, tree: tree, now: now) else { return try ResultsLoader.withheld(wave, tree: tree) }
        let closed = wave.lifecycle.effectiveStatus(at: now) == .closed
        return try await kept.value(for: waveID, stamp: key, now: now) { try await Self.load(wave, tree: tree, closed: closed, on: db) }
    }

    /// The key of the results every reader gets at `now`; nil while they are withheld.
    static func key(for wave: Wave, tree: UnitTree, now: Date) -> Key? {
        let closed = wave.lifecycle.effectiveStatus(at: now) == .closed
        guard closed || wave.liveResults else { return nil }
        let lifecycle =
            "\(closed)|\(wave.statusValue)|\(wave.opensAt.timeIntervalSince1970)|\(wave.closesAt.timeIntervalSince1970)|\(wave.liveResults)"
        return Key(revision: wave.resultsRevision, tree: tree.shapeFingerprint, lifecycle: lifecycle)
    }

    private static func load(_ wave: Wave, tree: UnitTree, closed: Bool, on db: any Database) async throws -> WaveResults {
        guard closed else {
            // The published step, moved on when the responses that arrived since make a safe step.
            return try await ResultsLoader.liveStep(wave, tree: tree, on: db.sql)
        }
        return try await ResultsLoader.loadClosed(wave, tree: tree, on: db)
    }

    /// Forgets everything; `rebuild-aggregates` and tests use it.
    func clear() { kept.removeAll() }
}

/// Reads a wave's responses into a `ResponseTable`, row by row as the database sends them.
enum ResultsLoader {
    static func load(_ wave: Wave, tree: UnitTree, on sql: any SQLDatabase) async throws -> WaveResults {
        let (questionnaire, layout, columns) = try parts(wave, tree: tree)
        var table = ResponseTable(columns: columns, bandLabels: try await bandLabels(wave, on: sql))
        try await appendByCell(to: &table, wave: wave, layout: layout, released: nil, on: sql)
        return WaveResults(table: table, instruments: questionnaire.instruments, layout: layout, threshold: wave.anonymityThreshold)
    }

    /// No responses at all: an open wave's results before anyone may see them.
    static func withheld(_ wave: Wave, tree: UnitTree) throws -> WaveResults {
        let (questionnaire, layout, columns) = try parts(wave, tree: tree)
        return WaveResults(
            table: ResponseTable(columns: columns, bandLabels: ResponseTable.labels(ages: [])),
            instruments: questionnaire.instruments, layout: layout, threshold: wave.anonymityThreshold, withheld: true)
    }

    /// The published step: the released responses, followed by the waiting ones when together
    /// they make a safe step, which then marks exactly those as released.
    static func liveStep(_ wave: Wave, tree: UnitTree, on sql: any SQLDatabase) async throws -> WaveResults {
        let (questionnaire, layout, columns) = try parts(wave, tree: tree)
        var table = ResponseTable(columns: columns, bandLabels: try await bandLabels(wave, on: sql))
        try await appendByCell(to: &table, wave: wave, layout: layout, released: true, on: sql)
        let published = WaveResults(
            table: table, instruments: questionnaire.instruments, layout: layout, threshold: wave.anonymityThreshold)
        let waiting = try await append(to: &table, wave: wave, layout: layout, released: false, on: sql)
        guard !waiting.isEmpty else { return published }
        let next = WaveResults(table: table, instruments: questionnaire.instruments, layout: layout, threshold: wave.anonymityThreshold)
        guard next.isSafeStep(after: published) else { return published }
        for chunk in stride(from: 0, to: waiting.count, by: 500) {
            let ids = Array(waiting[chunk..<min(chunk + 500, waiting.count)])
            try await sql.raw("UPDATE responses SET released = \(bind: true) WHERE id IN (\(binds: ids))").run()
        }
        return next
    }

    static func parts(_ wave: Wave, tree: UnitTree) throws -> (Questionnaire, WaveResults.Layout, [Item]) {
        guard let questionnaire = Questionnaire(references: wave.instruments) else {
            throw Abort(.internalServerError, reason: "The wave names an instrument that is not published.")
        }
        return (questionnaire, WaveResults.Layout(tree: tree), CompactAnswers.columns(of: questionnaire))
    }

    /// From every response of the wave, so that a band has the same index in every step.
    private static func bandLabels(_ wave: Wave, on sql: any SQLDatabase) async throws -> [[String]] {
        let ages = try await sql.raw(
            "SELECT DISTINCT age_band FROM responses WHERE wave_id = \(bind: try wave.requireID()) AND age_band IS NOT NULL"
        )
        .all().map { try $0.decode(column: "age_band", as: String.self) }
        return ResponseTable.labels(ages: Set(ages))
    }

    /// Appends the wave's responses (all, or only those released or not) as the database groups
    /// them by cell, a unit and its three bands, with the cell's compact answers joined into
    /// one text: at a million responses the per-row cost of the driver was most of the first
    /// load (PostgreSQL: 39 s), a few thousand cells cost little. Responses stored before the
    /// compact column existed follow row by row.
    private static func appendByCell(
        to table: inout ResponseTable, wave: Wave, layout: WaveResults.Layout, released: Bool?,
        on sql: any SQLDatabase
    ) async throws {
        let waveID = try wave.requireID()
        let filter: SQLQueryString = released.map { "AND released = \(bind: $0)" } ?? ""
        let total =
            try await sql.raw("SELECT COUNT(*) AS n FROM responses WHERE wave_id = \(bind: waveID) \(filter)")
            .first()?.decode(column: "n", as: Int.self) ?? 0
        table.reserve(rows: total)
        try await appendCells(
            to: &table, layout: layout,
            from: """
                SELECT unit_id, age_band, gender, tenure_band, COUNT(*) AS n, \(joinedAnswers(sql)) AS joined
                FROM responses WHERE wave_id = \(bind: waveID) AND item_answers IS NOT NULL \(filter)
                GROUP BY unit_id, age_band, gender, tenure_band
                """, on: sql)
        _ = try await append(to: &table, wave: wave, layout: layout, released: released, compactMissing: true, on: sql)
    }

    /// The aggregate that joins a group's compact answers with commas; compact texts hold
    /// digits only, so a comma cannot occur inside one.
    static func joinedAnswers(_ sql: any SQLDatabase) -> SQLQueryString {
        sql.dialect.name == "postgresql" ? "string_agg(item_answers, ',')" : "group_concat(item_answers, ',')"
    }

    /// Appends the cells a query returns: rows of `unit_id`, `age_band`, `gender`,
    /// `tenure_band`, `n` and `joined` (the cell's compact answers joined by commas).
    static func appendCells(
        to table: inout ResponseTable, layout: WaveResults.Layout, from query: SQLQueryString, on sql: any SQLDatabase
    ) async throws {
        let builder = NIOLockedValueBox((table: table, mismatch: false))
        try await sql.raw(query).run { row in
            builder.withLockedValue { state in
                guard let unit = try? row.decode(column: "unit_id", as: UUID.self),
                    let n = try? row.decode(column: "n", as: Int.self),
                    let text = try? row.decode(column: "joined", as: String.self)
                else { return }
                let bands = [
                    state.table.bandIndex(try? row.decode(column: "age_band", as: String?.self), in: .age),
                    state.table.bandIndex(try? row.decode(column: "gender", as: String?.self), in: .gender),
                    state.table.bandIndex(try? row.decode(column: "tenure_band", as: String?.self), in: .tenure)
                ]
                let appended = state.table.append(
                    unit: layout.node(of: unit), bands: bands, joined: text, separator: UInt8(ascii: ","))
                if appended != n { state.mismatch = true }
            }
        }.get()
        let (filled, mismatch) = builder.withLockedValue { ($0.table, $0.mismatch) }
        guard !mismatch else {
            throw Abort(.internalServerError, reason: "A stored compact answer text is malformed; run rebuild-aggregates.")
        }
        table = filled
    }

    /// Appends the wave's responses (all, or only those released or not; with `compactMissing`
    /// only those without compact answers) row by row and returns their ids.
    private static func append(
        to table: inout ResponseTable, wave: Wave, layout: WaveResults.Layout, released: Bool?,
        compactMissing: Bool = false, on sql: any SQLDatabase
    ) async throws -> [UUID] {
        let columns = table.columns
        let builder = NIOLockedValueBox((table, [UUID]()))
        let filter: SQLQueryString = released.map { "AND released = \(bind: $0)" } ?? ""
        let missing: SQLQueryString = compactMissing ? "AND item_answers IS NULL" : ""
        // The JSON is read only where the compact text is missing: it is ten times larger.
        try await sql.raw(
            """
            SELECT id, unit_id, age_band, gender, tenure_band, item_answers,
                   CASE WHEN item_answers IS NULL THEN answers END AS answers
            FROM responses WHERE wave_id = \(bind: try wave.requireID()) \(filter) \(missing)
            """
        ).run { row in
            builder.withLockedValue { state in
                guard let unit = try? row.decode(column: "unit_id", as: UUID.self) else { return }
                let bands = [
                    state.0.bandIndex(try? row.decode(column: "age_band", as: String?.self), in: .age),
                    state.0.bandIndex(try? row.decode(column: "gender", as: String?.self), in: .gender),
                    state.0.bandIndex(try? row.decode(column: "tenure_band", as: String?.self), in: .tenure)
                ]
                let compact = (try? row.decode(column: "item_answers", as: String?.self)) ?? nil
                let answers =
                    compact.map { CompactAnswers.decode($0, width: columns.count) }
                    ?? CompactAnswers.decode(
                        Self.compact(json: try? row.decode(column: "answers", as: String.self), columns: columns),
                        width: columns.count)
                state.0.append(unit: layout.node(of: unit), bands: bands, answers: answers)
                if released == false, let id = try? row.decode(column: "id", as: UUID.self) { state.1.append(id) }
            }
        }.get()
        let (filled, ids) = builder.withLockedValue { $0 }
        table = filled
        return ids
    }

    /// The compact form of answers stored as JSON: the slow way, for responses stored before
    /// the compact column existed and for `rebuild-aggregates`.
    static func compact(json: String?, columns: [Item]) -> String {
        let closed = json.flatMap { try? JSONDecoder().decode([String: Int].self, from: Data($0.utf8)) } ?? [:]
        return CompactAnswers.encode(Answers(closed: closed), columns: columns)
    }
}
