import Fluent
import SQLKit

/// Printed personal codes: the hash of an invitation's code, set when its slip is first
/// printed, and the wrong codes typed recently, for throttling guesses.
struct M022_PersonalCodes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("wave_invitations").field("code_hash", .string).update()
        try await database.sql.create(index: "wave_invitations_code").on("wave_invitations").column("code_hash").run()
        try await database.schema("code_guesses")
            .id()
            .field("client", .string)
            .field("guessed_at", .datetime, .required)
            .create()
        try await database.sql.create(index: "code_guesses_at").on("code_guesses").column("guessed_at").run()
        try await database.sql.create(index: "code_guesses_client").on("code_guesses").column("client").column("guessed_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("code_guesses").delete()
        try await database.sql.drop(index: "wave_invitations_code").run()
        try await database.schema("wave_invitations").deleteField("code_hash").update()
    }
}
