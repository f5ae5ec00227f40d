import Fluent
import SQLKit

struct M004_CreateSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sessions")
            .id()
            .field("token_hash", .string, .required)
            .field("data", .string, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
        try await database.schema("sign_in_failures")
            .id()
            .field("email", .string, .required)
            .field("failed_at", .datetime, .required)
            .create()
        try await database.sql.create(index: "sign_in_failures_email")
            .on("sign_in_failures").column("email").column("failed_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sign_in_failures").delete()
        try await database.schema("sessions").delete()
    }
}
