import Fluent

struct M005_CreateUnits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("units")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("parent_id", .uuid, .references("units", "id"))
            .field("name", .string, .required)
            .field("code", .string)
            .field("archived_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "organisation_id", "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("units").delete()
    }
}
