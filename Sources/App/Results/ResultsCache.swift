import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Vapor
import VeerkrachtCore

/// Keeps each wave's `WaveResults` in memory, loaded from the compact answers, for as long as
/// the wave's number of responses and its organisation's unit tree stay the same. Responses
/// are only ever added (they carry nothing to delete them by), so a new count means new
/// answers and a reload. A wave that has been closed for a while takes no more answers, so
/// its results are then trusted without counting, until its status or dates change.
actor ResultsCache {
    private struct Entry {
        let responses: Int
        let tree: Int
        let lifecycle: String
        let results: WaveResults
        /// When this entry was first seen with its wave closed.
        var closedSince: Date?
    }

    /// Long enough for a submit that passed the open check before the close to be stored.
    static let settling: TimeInterval = 60

    private var entries: [UUID: Entry] = [:]

    func results(for wave: Wave, tree: UnitTree, on db: any Database, now: Date = Date()) async throws -> WaveResults {
        let waveID = try wave.requireID()
        let treeKey = Self.fingerprint(tree)
        let lifecycle = "\(wave.statusValue)|\(wave.opensAt.timeIntervalSince1970)|\(wave.closesAt.timeIntervalSince1970)"
        let closed = wave.lifecycle.effectiveStatus(at: now) == .closed
        if var entry = entries[waveID], entry.tree == treeKey, entry.lifecycle == lifecycle, closed {
            let settledSince = wave.closesAt < now ? min(wave.closesAt, entry.closedSince ?? now) : (entry.closedSince ?? now)
            if now.timeIntervalSince(settledSince) >= Self.settling { return entry.results }
            entry.closedSince = entry.closedSince ?? now
            entries[waveID] = entry
        }
        let sql = db as! any SQLDatabase
        let count = try await sql.raw("SELECT COUNT(*) AS n FROM responses WHERE wave_id = \(bind: waveID)")
            .first().map { try $0.decode(column: "n", as: Int.self) } ?? 0
        if let entry = entries[waveID], entry.responses == count, entry.tree == treeKey { return entry.results }
        let results = try await ResultsLoader.load(wave, tree: tree, on: sql)
        entries[waveID] = Entry(responses: count, tree: treeKey, lifecycle: lifecycle, results: results,
                                closedSince: closed ? now : nil)
        return results
    }

    /// Forgets everything; `rebuild-aggregates` and tests use it.
    func clear() { entries = [:] }

    static func fingerprint(_ tree: UnitTree) -> Int {
        var hasher = Hasher()
        for (node, depth) in tree.flattened() { hasher.combine(node.id); hasher.combine(depth) }
        return hasher.finalize()
    }
}

/// Reads a wave's responses into a `ResponseTable`, row by row as the database sends them.
enum ResultsLoader {
    static func load(_ wave: Wave, tree: UnitTree, on sql: any SQLDatabase) async throws -> WaveResults {
        let waveID = try wave.requireID()
        guard let questionnaire = Questionnaire(references: wave.instruments) else {
            throw Abort(.internalServerError, reason: "The wave names an instrument that is not published.")
        }
        let ages = try await sql.raw("SELECT DISTINCT age_band FROM responses WHERE wave_id = \(bind: waveID) AND age_band IS NOT NULL")
            .all().map { try $0.decode(column: "age_band", as: String.self) }
        let layout = WaveResults.Layout(tree: tree)
        let columns = CompactAnswers.columns(of: questionnaire)
        let builder = NIOLockedValueBox(ResponseTable(columns: columns, bandLabels: ResponseTable.labels(ages: Set(ages))))
        // The JSON is read only where the compact text is missing: it is ten times larger.
        try await sql.raw("""
            SELECT unit_id, age_band, gender, tenure_band, item_answers,
                   CASE WHEN item_answers IS NULL THEN answers END AS answers
            FROM responses WHERE wave_id = \(bind: waveID)
            """).run { row in
            builder.withLockedValue { table in
                guard let unit = try? row.decode(column: "unit_id", as: UUID.self) else { return }
                let bands = [table.bandIndex(try? row.decode(column: "age_band", as: String?.self), in: .age),
                             table.bandIndex(try? row.decode(column: "gender", as: String?.self), in: .gender),
                             table.bandIndex(try? row.decode(column: "tenure_band", as: String?.self), in: .tenure)]
                let compact = (try? row.decode(column: "item_answers", as: String?.self)) ?? nil
                let answers = compact.map { CompactAnswers.decode($0, width: columns.count) }
                    ?? CompactAnswers.decode(Self.compact(json: try? row.decode(column: "answers", as: String.self), columns: columns),
                                             width: columns.count)
                table.append(unit: layout.node(of: unit), bands: bands, answers: answers)
            }
        }.get()
        return WaveResults(table: builder.withLockedValue { $0 }, instruments: questionnaire.instruments,
                           layout: layout, threshold: wave.anonymityThreshold)
    }

    /// The compact form of answers stored as JSON: the slow way, for responses stored before
    /// the compact column existed and for `rebuild-aggregates`.
    static func compact(json: String?, columns: [Item]) -> String {
        let closed = json.flatMap { try? JSONDecoder().decode([String: Int].self, from: Data($0.utf8)) } ?? [:]
        return CompactAnswers.encode(Answers(closed: closed), columns: columns)
    }
}
