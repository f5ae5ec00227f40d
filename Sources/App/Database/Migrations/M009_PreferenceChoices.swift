import Fluent
import SQLKit

/// What a person chose at the end of a learning-preference scan: whether their answers count
/// in the anonymous results (yes unless they say no), and which teams' managers opened the
/// team's mix of preferences to its members.
struct M009_PreferenceChoices: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("learning_profiles")
            .field("counted_in_results", .bool, .required, .sql(.default(true))).update()
        try await database.schema("team_mix_openings")
            .id()
            .field("wave_id", .uuid, .required, .references("waves", "id", onDelete: .cascade))
            .field("unit_id", .uuid, .required, .references("units", "id", onDelete: .cascade))
            .field("opened_by", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("opened_at", .datetime, .required)
            .unique(on: "wave_id", "unit_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("team_mix_openings").delete()
        try await database.schema("learning_profiles").deleteField("counted_in_results").update()
    }
}
