import Fluent
import SQLKit

/// Follow-up pulses: which waves are the pulse of an action or a run of a rhythm, the rhythms
/// themselves, and each organisation's minimum gap between waves for the same people.
struct M024_Pulses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("wave_rhythms")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("source_wave_id", .uuid, .required, .references("waves", "id", onDelete: .cascade))
            .field("months", .int, .required)
            .field("instruments", .string, .required)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime)
            .unique(on: "source_wave_id")
            .create()
        try await database.schema("wave_pulses")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("wave_id", .uuid, .required, .references("waves", "id", onDelete: .cascade))
            .field("action_id", .uuid, .references("conversation_actions", "id", onDelete: .setNull))
            .field("rhythm_id", .uuid, .references("wave_rhythms", "id", onDelete: .setNull))
            .field("baseline_wave_id", .uuid, .references("waves", "id", onDelete: .setNull))
            .field("unit_id", .uuid)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime)
            .unique(on: "wave_id")
            .create()
        try await database.sql.create(index: "wave_pulses_action").on("wave_pulses").column("action_id").run()
        try await database.schema("organisations")
            .field("survey_gap_weeks", .int, .required, .sql(.default(8)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organisations").deleteField("survey_gap_weeks").update()
        try await database.schema("wave_pulses").delete()
        try await database.schema("wave_rhythms").delete()
    }
}
