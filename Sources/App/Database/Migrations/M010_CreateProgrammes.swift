import Fluent
import SQLKit

/// The L&D portfolio: one row per programme, its whole design and history kept as the core's
/// `Programme` in JSON, so that design rules, yields, investments and adjustments stay together.
struct M010_CreateProgrammes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("programmes")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("status", .string, .required)
            .field("document", .string, .required)
            .field("updated_at", .datetime)
            .create()
        try await database.sql.create(index: "programmes_organisation").on("programmes").column("organisation_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("programmes").delete()
    }
}
