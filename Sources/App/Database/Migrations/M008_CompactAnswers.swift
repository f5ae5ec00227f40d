import Fluent
import SQLKit

/// Each response also keeps its answers as one compact text (`CompactAnswers`) that results
/// scan instead of parsing JSON, and open answers can be hidden by an advisor, with a log.
/// Responses stored before this have no compact text: `veerkracht rebuild-aggregates` fills it.
struct M008_CompactAnswers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("responses").field("item_answers", .string).update()
        // A flag, not a moment: an answer row carries no time at all; the log holds when.
        try await database.schema("open_answers").field("hidden", .bool, .required, .sql(.default(false))).update()
        try await database.schema("open_answer_hidings")
            .id()
            .field("open_answer_id", .uuid, .required, .references("open_answers", "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("hidden_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("open_answer_hidings").delete()
        try await database.schema("open_answers").deleteField("hidden").update()
        try await database.schema("responses").deleteField("item_answers").update()
    }
}
