import Fluent
import SQLKit

/// Results of an open wave are off unless an advisor turns on live results; live results move
/// in safe steps, and a response is `released` once a step has published it. Open answers get
/// a threshold of their own (10 unless chosen higher; never below the wave's).
struct M014_LiveResults: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("waves")
            .field("live_results", .bool, .required, .sql(.default(false)))
            .update()
        try await database.schema("waves")
            .field("open_answer_threshold", .int, .required, .sql(.default(10)))
            .update()
        try await database.schema("responses")
            .field("released", .bool, .required, .sql(.default(false)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("responses").deleteField("released").update()
        try await database.schema("waves").deleteField("open_answer_threshold").update()
        try await database.schema("waves").deleteField("live_results").update()
    }
}
