import Fluent
import SQLKit

/// How long the personal links of a closed wave keep working, per organisation, and when a
/// wave's links were retired.
struct M018_Retention: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("organisations")
            .field("retention_months", .int, .required, .sql(.default(RetentionSweep.defaultMonths)))
            .update()
        try await database.schema("waves").field("links_retired_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("waves").deleteField("links_retired_at").update()
        try await database.schema("organisations").deleteField("retention_months").update()
    }
}
