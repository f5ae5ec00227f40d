import NIOConcurrencyHelpers
import Vapor

/// A browser's session as one request holds it: its id (nil until stored), its data, and
/// whether it was ended.
final class BrowserSession: Sendable {
    private struct State {
        var id: SessionID?
        var data: SessionData
        var isValid = true
    }

    private let state: NIOLockedValueBox<State>

    init(id: SessionID? = nil, data: SessionData = SessionData()) {
        state = NIOLockedValueBox(State(id: id, data: data))
    }

    var id: SessionID? {
        get { state.withLockedValue { $0.id } }
        set { state.withLockedValue { $0.id = newValue } }
    }

    var data: SessionData {
        get { state.withLockedValue { $0.data } }
        set { state.withLockedValue { $0.data = newValue } }
    }

    var isValid: Bool { state.withLockedValue { $0.isValid } }

    /// Ends the session: its row is deleted and the browser told to forget the cookie.
    func destroy() { state.withLockedValue { $0.isValid = false } }
}

extension Request {
    private struct BrowserSessionKey: StorageKey { typealias Value = BrowserSession }

    /// The request's session: the one its cookie named, else a new one that is stored when the
    /// response goes out with something in it.
    var browserSession: BrowserSession {
        if let session = storage[BrowserSessionKey.self] { return session }
        let session = BrowserSession()
        storage[BrowserSessionKey.self] = session
        return session
    }

    fileprivate var touchedSession: BrowserSession? { storage[BrowserSessionKey.self] }

    fileprivate func restore(_ session: BrowserSession) { storage[BrowserSessionKey.self] = session }
}

/// Reads the session its cookie names before the handlers run, and stores it afterwards.
/// In place of Vapor's sessions middleware, which parsed every cookie into values on each
/// request and wrote a `Set-Cookie` on every response; a quarter of a signed-in request that
/// does nothing else. Here the cookie is found by a scan of the header and sent back only when
/// the session is new, renewed (once a day) or ended.
///
/// Future-based: it runs on every request, and a session the server remembers is answered on
/// the event loop (`DatabaseSessionDriver.readSession`).
struct BrowserSessionsMiddleware: Middleware {
    let secure: Bool
    private let driver = DatabaseSessionDriver()

    init(secure: Bool) { self.secure = secure }

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard let token = SessionCookie.value(in: request.headers) else {
            return next.respond(to: request).flatMap { finish($0, request, sent: nil) }
        }
        let id = SessionID(string: token)
        func proceed(_ data: SessionData?) -> EventLoopFuture<Response> {
            // A cookie no session answers to starts afresh: a new id when something is stored.
            request.restore(BrowserSession(id: data == nil ? nil : id, data: data ?? SessionData()))
            return next.respond(to: request).flatMap { finish($0, request, sent: token) }
        }
        // A session this server remembers goes on without a future in between (most requests).
        if let data = driver.rememberedSession(id, for: request) { return proceed(data) }
        return driver.storedSession(id, for: request).flatMap(proceed)
    }

    private func finish(_ response: Response, _ request: Request, sent: String?) -> EventLoopFuture<Response> {
        guard let session = request.touchedSession else { return request.eventLoop.makeSucceededFuture(response) }
        guard session.isValid else {
            guard let sent else { return request.eventLoop.makeSucceededFuture(response) }
            return driver.deleteSession(SessionID(string: sent), for: request).map {
                response.headers.add(name: .setCookie, value: cookie("expired", maxAge: 0))
                return response
            }
        }
        if let id = session.id {
            guard !driver.needsNoWrite(session.data, for: request) else {
                if id.string != sent { response.headers.add(name: .setCookie, value: cookie(id.string)) }
                return request.eventLoop.makeSucceededFuture(response)
            }
            return driver.write(id, data: session.data, for: request).map {
                response.headers.add(name: .setCookie, value: cookie(id.string))
                return response
            }
        }
        guard !session.data.snapshot.isEmpty else {
            // A cookie no session answers to (it expired) is cleared, so it is not looked up again.
            if sent != nil { response.headers.add(name: .setCookie, value: cookie("expired", maxAge: 0)) }
            return request.eventLoop.makeSucceededFuture(response)
        }
        return driver.createSession(session.data, for: request).map { id in
            response.headers.add(name: .setCookie, value: cookie(id.string))
            return response
        }
    }

    private func cookie(_ value: String, maxAge: Int = Int(DatabaseSessionDriver.idleLifetime)) -> String {
        CookieText.header(DatabaseSessionDriver.cookieName, value, maxAge: maxAge, secure: secure)
    }
}
