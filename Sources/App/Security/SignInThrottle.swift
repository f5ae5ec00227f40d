import Fluent
import Foundation

/// Limits guessing without handing anyone a way to lock someone else out.
///
/// Within `window`, a client that failed `maximumFailures` times for one address is refused
/// for that address; a client that failed `maximumClientFailures` times for any addresses is
/// refused for all; and once an address has `maximumFailures` failures from anywhere, only
/// clients that have not failed for it may still try (so the director signs in before the
/// meeting while the guesser stays locked out). A lock ends `window` after its last failure.
/// Failures count for any address, known or not, so the answer never tells whether an
/// account exists.
struct SignInThrottle {
    static let maximumFailures = 5
    static let maximumClientFailures = 20
    static let window: TimeInterval = 15 * 60

    let db: any Database

    /// The moment this client may try this address again, or nil when it may try now. Three
    /// bounded reads, however many clients guess at the address.
    func lockedUntil(_ email: String, client: String?, now: Date) async throws -> Date? {
        let since = now.addingTimeInterval(-Self.window)
        let fromClient = try await SignInFailure.query(on: db).filter(\.$email == email).filter(\.$client == client)
            .filter(\.$failedAt > since).sort(\.$failedAt, .descending).limit(Self.maximumFailures).all()
        if let last = fromClient.first?.failedAt {
            // This client failed for the address: the address's own count now applies to it too.
            let forAddress =
                fromClient.count >= Self.maximumFailures
                ? fromClient.count
                : try await SignInFailure.query(on: db).filter(\.$email == email).filter(\.$failedAt > since).count()
            if forAddress >= Self.maximumFailures { return last.addingTimeInterval(Self.window) }
        }
        let clientFailures = try await SignInFailure.query(on: db).filter(\.$client == client).filter(\.$failedAt > since)
            .sort(\.$failedAt, .descending).limit(Self.maximumClientFailures).all()
        if clientFailures.count >= Self.maximumClientFailures, let last = clientFailures.first?.failedAt {
            return last.addingTimeInterval(Self.window)
        }
        return nil
    }

    func recordFailure(_ email: String, client: String?, now: Date) async throws {
        try await SignInFailure(email: email, client: client, failedAt: now).create(on: db)
        // Failures older than any lock can reach are no longer needed, for any address.
        try await SignInFailure.query(on: db).filter(\.$failedAt < now.addingTimeInterval(-2 * Self.window)).delete()
    }

    /// A correct password clears this client's failures for the address; other clients'
    /// failures stay, so a guesser elsewhere remains locked out.
    func clear(_ email: String, client: String?) async throws {
        try await SignInFailure.query(on: db).filter(\.$email == email).filter(\.$client == client).delete()
    }

    /// After a password reset through the mailbox, nobody's failures for the address matter.
    func clearAll(_ email: String) async throws {
        try await SignInFailure.query(on: db).filter(\.$email == email).delete()
    }
}
