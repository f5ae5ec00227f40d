import Fluent
import SQLKit

/// An organisation's units revision, raised after every change to its units (created, renamed,
/// moved, archived, restored), so that every server keeps the unit tree nearly every page reads
/// and reads it again only when it changed, through whichever server.
struct M020_UnitsRevision: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("organisations")
            .field("units_revision", .int, .required, .sql(.default(0)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organisations").deleteField("units_revision").update()
    }
}
