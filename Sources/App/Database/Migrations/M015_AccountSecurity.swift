import Fluent
import SQLKit

/// Sessions an account can end everywhere at once (`session_generation`: a session of an
/// older generation is over), and failed sign-ins counted per client as well as per address.
struct M015_AccountSecurity: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users").field("session_generation", .int, .required, .sql(.default(0))).update()
        try await database.schema("sign_in_failures").field("client", .string).update()
        // The throttle asks how often one client failed lately, for any address.
        try await database.sql.create(index: "sign_in_failures_client")
            .on("sign_in_failures").column("client").column("failed_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: "sign_in_failures_client").run()
        try await database.schema("sign_in_failures").deleteField("client").update()
        try await database.schema("users").deleteField("session_generation").update()
    }
}
