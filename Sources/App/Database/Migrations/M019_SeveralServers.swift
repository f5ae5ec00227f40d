import Fluent
import SQLKit

/// What one server used to keep in its memory and every server must now see: the setup code
/// (hashed, single use) and each wave's results revision, raised in the transaction of every
/// change to what its results read (a response stored, a compact answer repaired), so a cache
/// on any server notices the change by reading the wave row it loads anyway; the same for an
/// organisation's people (`people_revision`), whose count the organisation page shows.
struct M019_SeveralServers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("setup_codes")
            .id()
            .field("code_hash", .string, .required)
            .field("issued_at", .datetime, .required)
            .unique(on: "code_hash")
            .create()
        try await database.schema("waves")
            .field("results_revision", .int, .required, .sql(.default(0)))
            .update()
        try await database.schema("organisations")
            .field("people_revision", .int, .required, .sql(.default(0)))
            .update()
        try await database.sql.raw(
            "UPDATE waves SET results_revision = (SELECT COUNT(*) FROM responses WHERE responses.wave_id = waves.id)"
        ).run()
        // The organisation page counts its active people on every visit: from this index alone,
        // without reading a row of 100,000.
        try await database.sql.create(index: "people_active").on("people").column("organisation_id").column("archived_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: "people_active").run()
        try await database.schema("organisations").deleteField("people_revision").update()
        try await database.schema("waves").deleteField("results_revision").update()
        try await database.schema("setup_codes").delete()
    }
}
