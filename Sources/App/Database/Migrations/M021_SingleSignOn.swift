import Fluent
import SQLKit

/// Sign-in through identity providers: the flows under way (one row per started sign-in, so
/// that any server can finish it, once), which e-mail domains of an organisation may sign in
/// through which provider, and whether its members may still use a password.
struct M021_SingleSignOn: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sign_in_flows")
            .id()
            .field("state_hash", .string, .required)
            .field("provider", .string, .required)
            .field("nonce", .string, .required)
            .field("verifier", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "state_hash")
            .create()
        try await database.sql.create(index: "sign_in_flows_created").on("sign_in_flows").column("created_at").run()
        try await database.schema("sign_in_domains")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("domain", .string, .required)
            .field("provider", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "organisation_id", "domain", "provider")
            .create()
        try await database.sql.create(index: "sign_in_domains_lookup").on("sign_in_domains")
            .column("domain").column("provider").run()
        try await database.schema("organisations")
            .field("password_sign_in", .bool, .required, .sql(.default(true)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organisations").deleteField("password_sign_in").update()
        try await database.schema("sign_in_domains").delete()
        try await database.schema("sign_in_flows").delete()
    }
}
