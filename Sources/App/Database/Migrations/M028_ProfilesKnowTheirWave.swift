import Fluent
import SQLKit

/// Each learning profile carries its invitation's wave and unit (neither ever changes), with an
/// index on the profiles shared by name. A dashboard counts per unit the profiles that are
/// shared and counted; through the invitations that meant joining every invitation of every
/// wave, over a second at a million respondents on PostgreSQL (most of a restart's warming),
/// and now reads only the index entries of the one wave.
struct M028_ProfilesKnowTheirWave: AsyncMigration {
    static let sharedIndex = "learning_profiles_shared"

    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds only one at a time.
        try await database.schema("learning_profiles").field("wave_id", .uuid).update()
        try await database.schema("learning_profiles").field("unit_id", .uuid).update()
        // Both PostgreSQL and SQLite (3.33 and later) take UPDATE … FROM.
        try await database.sql.raw(
            """
            UPDATE learning_profiles SET wave_id = i.wave_id, unit_id = i.unit_id
            FROM wave_invitations i WHERE i.id = learning_profiles.invitation_id
            """
        ).run()
        try await database.sql.raw(
            """
            CREATE INDEX \(ident: Self.sharedIndex) ON learning_profiles (wave_id, unit_id, counted_in_results)
            WHERE share_with_team
            """
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: Self.sharedIndex).run()
        // Raw: Fluent's SQLite driver leaves a deleted field in place; SQLite 3.35 drops it.
        for column in ["wave_id", "unit_id"] {
            try await database.sql.raw("ALTER TABLE learning_profiles DROP COLUMN \(ident: column)").run()
        }
    }
}
