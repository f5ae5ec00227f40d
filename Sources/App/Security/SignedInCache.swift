import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Who asks, remembered for a moment: every signed-in request otherwise pays two database round
/// trips (the session, then the account with its organisations) before it does anything, which
/// cost more than a whole do-nothing request (issue 20). An entry lives `lifetime` seconds.
///
/// Exact on this server: a session changed or deleted here is forgotten at once, and every
/// request that may change an account (any request with a session that is not a read, and the
/// identity provider's callback) forgets every account and session. With several servers a
/// sign-out or a role change made through another would count here only after `lifetime`, so
/// the cache is on by default only with SQLite, which one server serves.
final class SignedInCache: Sendable {
    struct Session: Sendable {
        let data: SessionData
        let expiresAt: Date
        /// Parsed once here rather than from the data's strings on every request.
        let identity: SessionIdentity?

        init(data: SessionData, expiresAt: Date) {
            self.data = data
            self.expiresAt = expiresAt
            identity = SessionIdentity(data)
        }
    }

    struct Account: Sendable {
        let user: SignedInUser
        let generation: Int
    }

    let lifetime: TimeInterval
    /// More entries than this and the cache starts again: a bound, never reached by people.
    static let maximumEntries = 20_000

    /// Sessions by the token the browser sent, so a remembered one is found without hashing
    /// the token (the table holds only hashes; this memory already sees every token).
    private let sessions = NIOLockedValueBox<[String: (Session, Date)]>([:])
    private let accounts = NIOLockedValueBox<[UUID: (Account, Date)]>([:])

    init(lifetime: TimeInterval) { self.lifetime = lifetime }

    func session(token: String, now: Date) -> Session? {
        guard lifetime > 0 else { return nil }
        return sessions.withLockedValue { kept in Self.fresh(kept[token], now: now, lifetime: lifetime) }
    }

    func keep(_ session: Session, token: String, now: Date) {
        guard lifetime > 0 else { return }
        sessions.withLockedValue { kept in
            if kept.count >= Self.maximumEntries { kept.removeAll() }
            kept[token] = (session, now)
        }
    }

    func forgetSession(token: String) {
        _ = sessions.withLockedValue { $0.removeValue(forKey: token) }
    }

    func account(_ id: UUID, now: Date) -> Account? {
        guard lifetime > 0 else { return nil }
        return accounts.withLockedValue { kept in Self.fresh(kept[id], now: now, lifetime: lifetime) }
    }

    func keep(_ account: Account, for id: UUID, now: Date) {
        guard lifetime > 0 else { return }
        accounts.withLockedValue { kept in
            if kept.count >= Self.maximumEntries { kept.removeAll() }
            kept[id] = (account, now)
        }
    }

    func forgetAll() {
        sessions.withLockedValue { $0.removeAll() }
        accounts.withLockedValue { $0.removeAll() }
    }

    /// An entry read at `now` within its lifetime; a moment before it was kept (a clock set back) counts as stale.
    private static func fresh<Value>(_ entry: (Value, Date)?, now: Date, lifetime: TimeInterval) -> Value? {
        guard let (value, at) = entry, now >= at, now.timeIntervalSince(at) < lifetime else { return nil }
        return value
    }
}

/// Forgets every remembered session and account after a request that may have changed one:
/// any request with a session that is not a read. Respondents (no session) and the API (tokens)
/// change no account and pass untouched.
/// Future-based: it sees every request, and an async middleware would start a task for each.
struct SignedInCacheMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        // The provider's callback is a read that may accept an invitation: it counts as a write.
        // The method first: parsing the cookies is most of this middleware's cost, and reads
        // (nearly every request) need not.
        let writes = request.method != .GET && request.method != .HEAD || request.url.path == Route.signInCallback.path
        guard writes, request.hasSession else { return next.respond(to: request) }
        let cache = request.application.signedInCache
        return next.respond(to: request).always { _ in cache.forgetAll() }
    }
}
