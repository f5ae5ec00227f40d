import Fluent

/// Password resets by e-mail, one row per request, mailed by the outbox sender.
struct M016_PasswordResets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("password_resets")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("sent_at", .datetime)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("last_error", .string)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("password_resets").delete()
    }
}
