import Fluent
import SQLKit

/// The audit log: events only added, read newest first per organisation.
struct M017_AuditLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_events")
            .id()
            .field("organisation_id", .uuid)
            .field("actor", .string, .required)
            .field("action", .string, .required)
            .field("subject", .string, .required)
            .field("at", .datetime, .required)
            .create()
        let sql = database.sql
        try await sql.create(index: "audit_events_by_organisation").on("audit_events").column("organisation_id").column("at").run()
        try await sql.create(index: "audit_events_by_moment").on("audit_events").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_events").delete()
    }
}
