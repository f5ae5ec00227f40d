import Fluent
import SQLKit

/// A closed wave's responses grouped into cells (a unit and its three bands) with each cell's
/// compact answers joined, stored once so that loading the wave's results after a restart, on
/// any server, reads a few thousand rows instead of grouping every response again; and which
/// results revision they were made at.
struct M025_ResultCells: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("result_snapshots")
            .id()
            .field("wave_id", .uuid, .required, .references("waves", "id", onDelete: .cascade))
            .field("results_revision", .int, .required)
            .field("responses", .int, .required)
            .field("made_at", .datetime, .required)
            .unique(on: "wave_id")
            .create()
        try await database.schema("result_cells")
            .field("wave_id", .uuid, .required, .references("waves", "id", onDelete: .cascade))
            .field("unit_id", .uuid, .required)
            .field("age_band", .string)
            .field("gender", .string)
            .field("tenure_band", .string)
            .field("n", .int, .required)
            .field("joined", .string, .required)
            .create()
        try await database.sql.create(index: "result_cells_wave").on("result_cells").column("wave_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("result_cells").delete()
        try await database.schema("result_snapshots").delete()
    }
}
