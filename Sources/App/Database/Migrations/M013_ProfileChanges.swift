import Fluent

/// When a wave's learning profiles last changed (one made, shared, no longer shared or
/// deleted), on the wave itself: a cache of the wave's profiles compares one value instead of
/// counting 100,000 rows.
struct M013_ProfileChanges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("waves").field("profiles_changed_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("waves").deleteField("profiles_changed_at").update()
    }
}
