import Fluent
import SQLKit

/// Open answers are read a page at a time per question in the order of their ids: an index on
/// wave, question and id lets a page read only its own rows. It starts with the wave, so it
/// also serves everything the index on the wave alone served, which it replaces.
struct M026_OpenAnswerPages: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.create(index: "open_answers_page").on("open_answers").column("wave_id").column("question_code")
            .column("id").run()
        try await database.sql.drop(index: "open_answers_wave").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.create(index: "open_answers_wave").on("open_answers").column("wave_id").run()
        try await database.sql.drop(index: "open_answers_page").run()
    }
}
