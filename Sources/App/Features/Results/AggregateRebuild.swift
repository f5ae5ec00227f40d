import Fluent
import Foundation
import SQLKit
import Vapor
import VeerkrachtCore

/// Recomputes the one piece of derived data results keep, each response's compact answers,
/// from the answers it stored as JSON, and repairs any that differ. Results are computed from
/// the compact form, so after this they agree with the raw answers by construction.
struct AggregateRebuild {
    let db: any Database

    struct Outcome: Equatable {
        var checked = 0
        var repaired = 0
    }

    func run(wave only: UUID? = nil) async throws -> Outcome {
        var outcome = Outcome()
        var waves = Wave.query(on: db)
        if let only { waves = waves.filter(\.$id == only) }
        for wave in try await waves.all() {
            guard let questionnaire = Questionnaire(references: wave.instruments) else { continue }
            let columns = CompactAnswers.columns(of: questionnaire)
            let sql = db.sql
            let rows = try await sql.raw("SELECT id, answers, item_answers FROM responses WHERE wave_id = \(bind: try wave.requireID())")
                .all()
            var repairs: [(UUID, String)] = []
            for row in rows {
                outcome.checked += 1
                let expected = ResultsLoader.compact(json: try row.decode(column: "answers", as: String.self), columns: columns)
                if try row.decode(column: "item_answers", as: String?.self) != expected {
                    repairs.append((try row.decode(column: "id", as: UUID.self), expected))
                }
            }
            let found = repairs
            try await db.transaction { db in
                let sql = db.sql
                for (id, compact) in found {
                    try await sql.raw("UPDATE responses SET item_answers = \(bind: compact) WHERE id = \(bind: id)").run()
                }
                try await WaveRevision.raise([try wave.requireID(): found.count], on: sql)
                // The stored cells are derived from the compact answers too: grouped again on the next load.
                try await ResultsLoader.forgetCells(of: try wave.requireID(), on: sql)
            }
            outcome.repaired += repairs.count
        }
        return outcome
    }
}

/// `veerkracht rebuild-aggregates [--wave ID]`.
struct RebuildAggregatesCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "wave", help: "Only this wave (its id); default every wave.")
        var wave: String?

        init() {}
    }

    var help: String { "Recomputes every response's compact answers from its stored answers and repairs any that differ." }

    func run(using context: CommandContext, signature: Signature) async throws {
        var wave: UUID?
        if let text = signature.wave {
            guard let id = UUID(uuidString: text) else { throw CommandFailure("--wave needs a wave id.") }
            wave = id
        }
        let app = context.application
        try await app.prepareDatabase()
        let outcome = try await AggregateRebuild(db: app.db).run(wave: wave)
        // Running servers see the repairs through the waves' results revision.
        app.results.clear()
        context.console.print("Checked \(outcome.checked) responses; repaired \(outcome.repaired).")
    }
}
