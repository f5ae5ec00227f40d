import Fluent
import SQLKit
import Vapor

/// Keeps browser sessions in the database so that any server behind a load balancer can read
/// them. The cookie holds a random token; the table holds only its hash. A session ends after
/// two weeks without use.
///
/// Future-based rather than async: a session this server remembers (`SignedInCache`) and one
/// that needs no renewal are answered on the event loop without starting a task, which the
/// async driver would do twice per signed-in request.
struct DatabaseSessionDriver: SessionDriver {
    static let cookieName = "veerkracht_session"
    static let idleLifetime: TimeInterval = 14 * 24 * 3600
    /// Renewing the expiry on every request would write on every page view; once a day is enough.
    static let renewalInterval: TimeInterval = 24 * 3600

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        request.eventLoop.makeFutureWithTask {
            let token = SecureToken.generate()
            let row = SessionRow(
                tokenHash: SecureToken.hash(token), data: try encode(data),
                expiresAt: request.now.addingTimeInterval(Self.idleLifetime))
            try await row.create(on: request.db)
            return SessionID(string: token)
        }
    }

    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        if let kept = rememberedSession(sessionID, for: request) { return request.eventLoop.makeSucceededFuture(kept) }
        return storedSession(sessionID, for: request)
    }

    /// The session as the database holds it (nil when none does or it expired).
    func storedSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        request.eventLoop.makeFutureWithTask { try await read(sessionID, for: request) }
    }

    /// The session as this server remembers it, if it does and it has not expired: answered
    /// without a future, as most signed-in requests are.
    func rememberedSession(_ sessionID: SessionID, for request: Request) -> SessionData? {
        guard let kept = request.application.signedInCache.session(token: sessionID.string, now: request.now),
            kept.expiresAt > request.now
        else { return nil }
        request.storage[LoadedSessionKey.self] = kept
        return kept.data
    }

    /// Every signed-in request the cache does not answer reads its session, so the row is read
    /// as plain values (`quickRows`) rather than as a Fluent model.
    private func read(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        let hash = SecureToken.hash(sessionID.string)
        let epoch = request.application.signedInCache.epoch
        guard
            let row = try await request.quickRows(
                "SELECT data, expires_at FROM \(ident: SessionRow.schema) WHERE token_hash = CAST(\(bind: hash) AS TEXT)", limit: 1
            ).first
        else { return nil }
        let expiresAt = try row.decode(column: "expires_at", as: Date.self)
        guard expiresAt > request.now else {
            try await deleteSession(sessionID, for: request).get()
            return nil
        }
        let data = try JSONDecoder().decode(SessionData.self, from: Data(try row.decode(column: "data", as: String.self).utf8))
        let loaded = SignedInCache.Session(data: data, expiresAt: expiresAt)
        request.storage[LoadedSessionKey.self] = loaded
        request.application.signedInCache.keep(loaded, token: sessionID.string, now: request.now, readSince: epoch)
        return data
    }

    /// Writes the session only when its data changed or its expiry is due for renewal.
    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        if needsNoWrite(data, for: request) { return request.eventLoop.makeSucceededFuture(sessionID) }
        return write(sessionID, data: data, for: request).map { sessionID }
    }

    /// Writes the session's data with a renewed expiry.
    func write(_ sessionID: SessionID, data: SessionData, for request: Request) -> EventLoopFuture<Void> {
        let expiresAt = request.now.addingTimeInterval(Self.idleLifetime)
        let hash = SecureToken.hash(sessionID.string)
        let cache = request.application.signedInCache
        return request.eventLoop.makeFutureWithTask {
            cache.forgetSession(token: sessionID.string)
            try await SessionRow.query(on: request.db)
                .filter(\.$tokenHash == hash)
                .set(\.$data, to: try encode(data))
                .set(\.$expiresAt, to: expiresAt)
                .update()
            // Again after the write: a read on this server in between may have kept the old data.
            cache.forgetSession(token: sessionID.string)
        }
    }

    /// Whether the session as read is what the request leaves, and its expiry not yet due for renewal.
    func needsNoWrite(_ data: SessionData, for request: Request) -> Bool {
        guard let loaded = request.storage[LoadedSessionKey.self], loaded.data == data else { return false }
        return request.now.addingTimeInterval(Self.idleLifetime).timeIntervalSince(loaded.expiresAt) < Self.renewalInterval
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        let hash = SecureToken.hash(sessionID.string)
        request.application.signedInCache.forgetSession(token: sessionID.string)
        return request.eventLoop.makeFutureWithTask {
            try await SessionRow.query(on: request.db).filter(\.$tokenHash == hash).delete()
        }
    }

    private func encode(_ data: SessionData) throws -> String {
        String(decoding: try JSONEncoder().encode(data), as: UTF8.self)
    }
}

/// The session as read for this request, before any handler changed it.
private enum LoadedSessionKey: StorageKey {
    typealias Value = SignedInCache.Session
}

extension Request {
    /// Who the session said it was when it was read, parsed once (`SessionIdentity`); nil
    /// without a session or for one that holds no account.
    var loadedSessionIdentity: SessionIdentity? { storage[LoadedSessionKey.self]?.identity }
}
