import Fluent

/// When a learning profile last changed (made, or shared / no longer shared), so a cache of a
/// wave's profiles can tell that it is out of date; a deleted profile lowers the count.
struct M013_ProfileChanges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("learning_profiles").field("changed_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("learning_profiles").deleteField("changed_at").update()
    }
}
