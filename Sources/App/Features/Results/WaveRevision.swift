import Foundation
import SQLKit

/// Raises waves' `results_revision` in the transaction of a change to what their results read,
/// so that the results cache of every server sees the change on the wave row it loads anyway.
enum WaveRevision {
    /// One statement per wave, raised by how many of its rows changed.
    static func raising(_ changes: [UUID: Int]) -> [SQLQueryString] {
        changes.filter { $0.value > 0 }.sorted { $0.key.uuidString < $1.key.uuidString }.map { wave, count in
            "UPDATE waves SET results_revision = results_revision + \(bind: count) WHERE id = \(bind: wave)"
        }
    }

    static func raise(_ changes: [UUID: Int], on sql: any SQLDatabase) async throws {
        for statement in raising(changes) { try await sql.raw(statement).run() }
    }
}
