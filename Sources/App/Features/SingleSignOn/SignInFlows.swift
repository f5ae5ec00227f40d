import Fluent
import Foundation
import SQLKit

/// The sign-ins under way: one row per started sign-in, holding the `nonce` and the PKCE
/// verifier under the hash of its `state`. Any server can finish it, and only once: taking a
/// flow deletes it in the same statement.
struct SignInFlows {
    let db: any Database

    /// Long enough to type a password and answer a second factor at the provider.
    static let lifetime: TimeInterval = 10 * 60

    struct Flow: Equatable {
        let state: String
        let provider: String
        let nonce: String
        let verifier: String
    }

    /// Starts a flow for `provider`; flows older than the lifetime are removed on the way.
    func start(provider: String, now: Date) async throws -> Flow {
        let flow = Flow(
            state: SecureToken.generate(), provider: provider, nonce: SecureToken.generate(),
            verifier: SecureToken.generate() + SecureToken.generate())
        let sql = db.sql
        try await sql.delete(from: "sign_in_flows").where("created_at", .lessThan, now.addingTimeInterval(-Self.lifetime)).run()
        try await sql.insert(into: "sign_in_flows")
            .columns("id", "state_hash", "provider", "nonce", "verifier", "created_at")
            .values(
                SQLBind(UUID()), SQLBind(SecureToken.hash(flow.state)), SQLBind(provider), SQLBind(flow.nonce),
                SQLBind(flow.verifier), SQLBind(now)
            )
            .run()
        return flow
    }

    /// The flow of `state`, removed so it cannot be finished twice; nil when there is none or
    /// it is older than the lifetime.
    func take(state: String, now: Date) async throws -> Flow? {
        let rows = try await db.sql.delete(from: "sign_in_flows")
            .where("state_hash", .equal, SecureToken.hash(state))
            .returning("provider", "nonce", "verifier", "created_at")
            .all()
        guard let row = rows.first,
            now.timeIntervalSince(try row.decode(column: "created_at", as: Date.self)) < Self.lifetime
        else { return nil }
        return Flow(
            state: state, provider: try row.decode(column: "provider", as: String.self),
            nonce: try row.decode(column: "nonce", as: String.self), verifier: try row.decode(column: "verifier", as: String.self))
    }
}
