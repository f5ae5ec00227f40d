import Fluent
import SQLKit

struct M006_CreatePeople: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("people")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("external_id", .string, .required)
            .field("email", .string)
            .field("unit_id", .uuid, .references("units", "id"))
            .field("birth_year", .int)
            .field("gender", .string)
            .field("start_date", .string)
            .field("level", .string)
            .field("archived_at", .datetime)
            .unique(on: "organisation_id", "external_id")
            .create()
        try await database.sql.create(index: "people_unit")
            .on("people").column("unit_id").run()
        try await database.schema("pending_imports")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("uploaded_by", .uuid, .required)
            .field("file_name", .string, .required)
            .field("content", .string, .required)
            .field("full_import", .bool, .required)
            .field("applied_at", .datetime)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("pending_imports").delete()
        try await database.schema("people").delete()
    }
}
