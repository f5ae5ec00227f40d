import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Who asks, remembered for a moment: every signed-in request otherwise pays two database round
/// trips (the session, then the account with its organisations) before it does anything, which
/// cost more than a whole do-nothing request (issue 20). An entry lives `lifetime` seconds.
///
/// Exact on this server: a session changed or deleted here is forgotten at once, and every
/// request that may change an account (any request with a session that is not a read, and the
/// identity provider's callback) forgets every account and session. With several servers on
/// PostgreSQL such a request also tells the others (`SignedInNotices`), and a server keeps
/// entries only while it hears them; what no request does (a command on the command line, a
/// row changed by hand) counts after `lifetime`.
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

    private struct State {
        /// Sessions by the token the browser sent, so a remembered one is found without hashing
        /// the token (the table holds only hashes; this memory already sees every token).
        var sessions: [String: (Session, Date)] = [:]
        var accounts: [UUID: (Account, Date)] = [:]
        /// Raised by every forgetting: what was read before it is not kept after it.
        var epoch: UInt64 = 0
        /// Whether entries are kept at all: with several servers only while this one hears the
        /// others' changes (`SignedInNotices`).
        var remembering: Bool
    }

    private let state: NIOLockedValueBox<State>

    /// `hearsOtherServers`: the cache serves several servers and keeps nothing until
    /// `startRemembering`, which the listener for the other servers' changes calls.
    init(lifetime: TimeInterval, hearsOtherServers: Bool = false) {
        self.lifetime = lifetime
        state = NIOLockedValueBox(State(remembering: !hearsOtherServers))
    }

    /// Taken before a session or account is read from the database, and given back to `keep`.
    var epoch: UInt64 { state.withLockedValue(\.epoch) }

    var isRemembering: Bool { state.withLockedValue(\.remembering) }

    func session(token: String, now: Date) -> Session? {
        guard lifetime > 0 else { return nil }
        return state.withLockedValue { kept in Self.fresh(kept.sessions[token], now: now, lifetime: lifetime) }
    }

    /// Keeps a session read since `epoch`; nothing when something was forgotten since, since
    /// the read may predate that change.
    func keep(_ session: Session, token: String, now: Date, readSince epoch: UInt64) {
        guard lifetime > 0 else { return }
        state.withLockedValue { kept in
            guard kept.remembering, kept.epoch == epoch else { return }
            if kept.sessions.count >= Self.maximumEntries { kept.sessions.removeAll() }
            kept.sessions[token] = (session, now)
        }
    }

    func forgetSession(token: String) {
        state.withLockedValue { kept in
            kept.sessions.removeValue(forKey: token)
            kept.epoch &+= 1
        }
    }

    func account(_ id: UUID, now: Date) -> Account? {
        guard lifetime > 0 else { return nil }
        return state.withLockedValue { kept in Self.fresh(kept.accounts[id], now: now, lifetime: lifetime) }
    }

    /// Keeps an account read since `epoch`, as `keep(_:token:now:readSince:)` does a session.
    func keep(_ account: Account, for id: UUID, now: Date, readSince epoch: UInt64) {
        guard lifetime > 0 else { return }
        state.withLockedValue { kept in
            guard kept.remembering, kept.epoch == epoch else { return }
            if kept.accounts.count >= Self.maximumEntries { kept.accounts.removeAll() }
            kept.accounts[id] = (account, now)
        }
    }

    func forgetAll() { change(remembering: nil) }

    /// This server hears every change the others make from now on: it may keep entries.
    func startRemembering() { change(remembering: true) }

    /// This server no longer hears the others: it forgets and keeps nothing until it does again.
    func stopRemembering() { change(remembering: false) }

    private func change(remembering: Bool?) {
        state.withLockedValue { kept in
            kept.sessions.removeAll()
            kept.accounts.removeAll()
            kept.epoch &+= 1
            if let remembering { kept.remembering = remembering }
        }
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
        // The others are told before the answer leaves: a sign-out is answered once every
        // server has been asked to forget. The request's own error, if any, is passed on after.
        return next.respond(to: request).always { _ in cache.forgetAll() }
            .flatMap { response in SignedInNotices.tell(request).map { response } }
            .flatMapError { error in SignedInNotices.tell(request).flatMapThrowing { throw error } }
    }
}
