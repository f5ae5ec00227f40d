import Fluent
import SQLKit

/// Shared devices: which browser is a kiosk for which wave and unit, and whose scan is open on it.
struct M023_Kiosks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("kiosks")
            .id()
            .field("token_hash", .string, .required)
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("wave_id", .uuid, .required, .references("waves", "id", onDelete: .cascade))
            .field("unit_id", .uuid)
            .field("current_invitation_id", .uuid)
            .field("started_by", .uuid, .required)
            .field("started_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("kiosks").delete()
    }
}
