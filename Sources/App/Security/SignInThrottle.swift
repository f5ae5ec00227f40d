import Fluent
import Foundation

/// Limits guessing: after `maximumFailures` failed sign-ins for one address within `window`,
/// that address is refused for `window` after the last failure. It counts failures for any
/// address, known or not, so the answer never tells whether an account exists.
struct SignInThrottle {
    static let maximumFailures = 5
    static let window: TimeInterval = 15 * 60

    let db: any Database

    /// The moment the address may try again, or nil when it may try now.
    func lockedUntil(_ email: String, now: Date = Date()) async throws -> Date? {
        let recent = try await SignInFailure.query(on: db)
            .filter(\.$email == email)
            .filter(\.$failedAt > now.addingTimeInterval(-2 * Self.window))
            .sort(\.$failedAt, .descending)
            .limit(Self.maximumFailures)
            .all()
        guard recent.count == Self.maximumFailures,
              let last = recent.first?.failedAt, let fifth = recent.last?.failedAt,
              last.timeIntervalSince(fifth) <= Self.window else { return nil }
        let until = last.addingTimeInterval(Self.window)
        return until > now ? until : nil
    }

    func recordFailure(_ email: String, now: Date = Date()) async throws {
        try await SignInFailure(email: email, failedAt: now).create(on: db)
        // Failures older than any lock can reach are no longer needed, for any address.
        try await SignInFailure.query(on: db)
            .filter(\.$failedAt < now.addingTimeInterval(-2 * Self.window))
            .delete()
    }

    func clear(_ email: String) async throws {
        try await SignInFailure.query(on: db).filter(\.$email == email).delete()
    }
}
