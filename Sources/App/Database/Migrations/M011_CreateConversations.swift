import Fluent
import SQLKit

/// The management conversation: one row per conversation (its notes per topic as JSON, and
/// the dashboard as it stood when the conversation was held), and the actions it agreed on,
/// in their own table because they are followed up across conversations.
struct M011_CreateConversations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("conversations")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("unit_id", .uuid)
            .field("title", .string, .required)
            .field("planned_on", .string, .required)
            .field("held_on", .string)
            .field("notes", .string, .required)
            .field("figures", .string)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema("conversation_actions")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("conversation_id", .uuid, .required, .references("conversations", "id", onDelete: .cascade))
            .field("topic", .string, .required)
            .field("what", .string, .required)
            .field("who", .string, .required)
            .field("due", .string, .required)
            .field("programme_id", .uuid)
            .field("status", .string, .required)
            .field("status_note", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        let sql = database.sql
        try await sql.create(index: "conversations_organisation").on("conversations").column("organisation_id").run()
        try await sql.create(index: "conversation_actions_organisation").on("conversation_actions").column("organisation_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("conversation_actions").delete()
        try await database.schema("conversations").delete()
    }
}
