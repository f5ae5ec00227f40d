import Fluent
import SQLKit
import Vapor

/// Keeps browser sessions in the database so that any server behind a load balancer can read
/// them. The cookie holds a random token; the table holds only its hash. A session ends after
/// two weeks without use.
struct DatabaseSessionDriver: AsyncSessionDriver {
    static let cookieName = "veerkracht_session"
    static let idleLifetime: TimeInterval = 14 * 24 * 3600
    /// Renewing the expiry on every request would write on every page view; once a day is enough.
    static let renewalInterval: TimeInterval = 24 * 3600

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let token = SecureToken.generate()
        let row = SessionRow(
            tokenHash: SecureToken.hash(token), data: try encode(data),
            expiresAt: request.now.addingTimeInterval(Self.idleLifetime))
        try await row.create(on: request.db)
        return SessionID(string: token)
    }

    /// Every signed-in request reads its session, so the row is read as plain values
    /// (`quickRows`) rather than as a Fluent model.
    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        let hash = SecureToken.hash(sessionID.string)
        let cache = request.application.signedInCache
        if let kept = cache.session(hash, now: request.now), kept.expiresAt > request.now {
            request.storage[LoadedSessionKey.self] = LoadedSession(data: kept.data, expiresAt: kept.expiresAt)
            return kept.data
        }
        guard
            let row = try await request.quickRows(
                "SELECT data, expires_at FROM \(ident: SessionRow.schema) WHERE token_hash = CAST(\(bind: hash) AS TEXT)", limit: 1
            ).first
        else { return nil }
        let expiresAt = try row.decode(column: "expires_at", as: Date.self)
        guard expiresAt > request.now else {
            try await deleteSession(sessionID, for: request)
            return nil
        }
        let data = try JSONDecoder().decode(SessionData.self, from: Data(try row.decode(column: "data", as: String.self).utf8))
        request.storage[LoadedSessionKey.self] = LoadedSession(data: data, expiresAt: expiresAt)
        cache.keep(SignedInCache.Session(data: data, expiresAt: expiresAt), for: hash, now: request.now)
        return data
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        let expiresAt = request.now.addingTimeInterval(Self.idleLifetime)
        if let loaded = request.storage[LoadedSessionKey.self], loaded.data == data,
            expiresAt.timeIntervalSince(loaded.expiresAt) < Self.renewalInterval
        {
            return sessionID
        }
        request.application.signedInCache.forgetSession(SecureToken.hash(sessionID.string))
        try await SessionRow.query(on: request.db)
            .filter(\.$tokenHash == SecureToken.hash(sessionID.string))
            .set(\.$data, to: try encode(data))
            .set(\.$expiresAt, to: expiresAt)
            .update()
        // Again after the write: a read on this server in between may have kept the old data.
        request.application.signedInCache.forgetSession(SecureToken.hash(sessionID.string))
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        request.application.signedInCache.forgetSession(SecureToken.hash(sessionID.string))
        try await SessionRow.query(on: request.db)
            .filter(\.$tokenHash == SecureToken.hash(sessionID.string))
            .delete()
    }

    private func encode(_ data: SessionData) throws -> String {
        String(decoding: try JSONEncoder().encode(data), as: UTF8.self)
    }
}

private struct LoadedSession {
    let data: SessionData
    let expiresAt: Date
}

private enum LoadedSessionKey: StorageKey {
    typealias Value = LoadedSession
}
