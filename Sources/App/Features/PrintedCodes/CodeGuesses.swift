import Fluent
import Foundation
import SQLKit

/// Limits guessing at printed codes, per client address and for the whole installation. Only
/// wrong codes count; a right one is used once and then answers like a wrong one.
///
/// Budget: a client gets `perClient` wrong codes per `window` (960 a day); everyone together
/// `overall` per hour (24,000 a day). With 31¹² possible codes and at most 300,000 valid ones,
/// a day of guessing at the overall limit hits a valid code with a chance of about 1 in 110
/// million (24,000 × 300,000 / 31¹²).
struct CodeGuesses {
    static let perClient = 10
    static let window: TimeInterval = 15 * 60
    static let overall = 1_000
    static let overallWindow: TimeInterval = 60 * 60

    let db: any Database

    /// Whether this client may try a code now.
    func mayTry(client: String?, now: Date) async throws -> Bool {
        let sql = db.sql
        let since = now.addingTimeInterval(-Self.window)
        let own =
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM code_guesses WHERE client = \(bind: client ?? "-") AND guessed_at > \(bind: since)"
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        guard own < Self.perClient else { return false }
        let all =
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM code_guesses WHERE guessed_at > \(bind: now.addingTimeInterval(-Self.overallWindow))"
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        return all < Self.overall
    }

    func recordWrong(client: String?, now: Date) async throws {
        let sql = db.sql
        try await sql.insert(into: "code_guesses").columns("id", "client", "guessed_at")
            .values(SQLBind(UUID()), SQLBind(client ?? "-"), SQLBind(now)).run()
        try await sql.delete(from: "code_guesses").where("guessed_at", .lessThan, now.addingTimeInterval(-2 * Self.overallWindow)).run()
    }
}
