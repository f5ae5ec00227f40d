import Fluent
import SQLKit
import Vapor

/// The one-time code that `serve` prints while no account exists. Whoever reaches the setup
/// page first still needs a server's log to become administrator. Kept in the database as a
/// hash, so the setup form works on whichever server it reaches, and used once across all of
/// them. Each server that starts without an account adds its own; the first one used ends all.
/// A code works for a day after it was printed: a log read weeks later by someone else does not
/// make them administrator of an installation nobody finished setting up.
struct SetupCodes {
    let db: any Database

    static let lifetime: TimeInterval = 24 * 3600

    /// Four groups of four letters and digits that cannot be mistaken for each other (80 bits).
    static func generate() -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        let characters = (0..<16).map { _ in alphabet.randomElement() ?? "A" }
        return stride(from: 0, to: 16, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
    }

    func issue(_ code: String, now: Date) async throws {
        try await db.sql.insert(into: "setup_codes").columns("id", "code_hash", "issued_at")
            .values(SQLBind(UUID()), SQLBind(Self.hash(code)), SQLBind(now)).run()
    }

    /// Whether a code that still works at `now` was issued.
    func isIssued(now: Date) async throws -> Bool {
        try await db.sql.raw("SELECT id FROM setup_codes WHERE issued_at > \(bind: now - Self.lifetime) LIMIT 1").first() != nil
    }

    /// Runs `create` with the code taken, in one transaction: two requests, on one server or
    /// two, cannot both use it, and when `create` fails the code is still there. Nil, and
    /// nothing done, when `attempt` is no code issued less than a day before `now`.
    func consume<T: Sendable>(
        _ attempt: String, now: Date, _ create: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T? {
        let hash = Self.hash(attempt)
        let issuedAfter = now - Self.lifetime
        return try await db.transaction { db in
            let taken = try await db.sql.raw(
                "DELETE FROM setup_codes WHERE code_hash = \(bind: hash) AND issued_at > \(bind: issuedAfter) RETURNING id"
            ).all()
            guard !taken.isEmpty else { return nil }
            let result = try await create(db)
            try await db.sql.raw("DELETE FROM setup_codes").run()
            return result
        }
    }

    /// Spaces, dashes and case do not matter: people type what they read in a log.
    private static func hash(_ code: String) -> String {
        SecureToken.hash(code.uppercased().filter { $0.isLetter || $0.isNumber })
    }
}
