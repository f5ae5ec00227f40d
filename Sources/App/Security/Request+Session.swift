import Fluent
import Vapor
import VeerkrachtCore

/// The names of what a session holds.
enum SessionKey {
    static let userID = "uid"
    static let csrf = "csrf"
    static let language = "lang"
    /// When the session signed in (seconds since 1970): it ends 12 hours later whatever happens.
    static let signedInAt = "at"
    /// The account's session generation when it signed in (`User.sessionGeneration`).
    static let generation = "gen"
    /// The `state` of a sign-in through an identity provider under way in this browser.
    static let signInState = "sso"
    /// The identity provider the session signed in through, for its end-session link.
    static let provider = "idp"
}

extension Request {
    private struct SignedInUserKey: StorageKey { typealias Value = SignedInUser }

    /// The signed-in account, loaded once per request by `SignedInUserMiddleware`.
    var signedInUser: SignedInUser? {
        get { storage[SignedInUserKey.self] }
        set { storage[SignedInUserKey.self] = newValue }
    }

    /// The signed-in account, or a redirect to the sign-in page.
    func requireUser() throws -> SignedInUser {
        guard let user = signedInUser else { throw AppError.signInRequired }
        return user
    }

    /// The token every form carries; created with the session on first use.
    var csrfToken: String {
        if let token = browserSession.data[SessionKey.csrf] { return token }
        let token = SecureToken.generate()
        browserSession.data[SessionKey.csrf] = token
        return token
    }

    /// The language of the page: the account's choice, else the session's (set by the switch
    /// in the header), else the browser's, else Dutch.
    var language: Language {
        if let chosen = signedInUser?.language { return chosen }
        if hasSession, let stored = browserSession.data[SessionKey.language].flatMap(Language.init(rawValue:)) { return stored }
        return Language.negotiate(acceptLanguage: headers.first(name: .acceptLanguage)) ?? .fallback
    }

    /// The client's network address, for throttling. Behind a proxy every client would share
    /// the proxy's address; that is the proxy's job to limit (see the README on HAProxy).
    var clientAddress: String? { remoteAddress?.ipAddress }

    /// Whether a session cookie came with the request; reading `session` would create one.
    /// Found by a scan of the Cookie header rather than Vapor's parse of every cookie into
    /// values with attributes: several middlewares and every page's language ask.
    var hasSession: Bool { SessionCookie.isPresent(in: headers) }

    /// Starts a fresh session for `user`: a new id (so a session fixed before sign-in is
    /// worthless) and a new form token.
    func startSession(for userID: UUID) async throws {
        if let old = browserSession.id {
            try await DatabaseSessionDriver().deleteSession(old, for: self).get()
        }
        // Sign-in is rare enough to tidy up sessions that expired without being used again.
        try await SessionRow.query(on: db).filter(\.$expiresAt < now).delete()
        let language = browserSession.data[SessionKey.language]
        browserSession.id = nil
        browserSession.data = SessionData()
        browserSession.data[SessionKey.userID] = userID.uuidString
        browserSession.data[SessionKey.signedInAt] = String(now.timeIntervalSince1970)
        browserSession.data[SessionKey.generation] = String(try await User.find(userID, on: db)?.sessionGeneration ?? 0)
        browserSession.data[SessionKey.csrf] = SecureToken.generate()
        if let language { browserSession.data[SessionKey.language] = language }
    }
}

/// The signed-in account as plain values, safe to hand to views.
struct SignedInUser: Sendable, Hashable {
    let id: UUID
    let email: String
    let isAdmin: Bool
    let language: Language?
    let organisations: [OrganisationMembership]
}

struct OrganisationMembership: Sendable, Hashable {
    let organisationID: UUID
    let name: String
    let role: Role
}

/// Finds the session cookie among a request's cookies without parsing the others.
enum SessionCookie {
    /// Whether a `name=value` pair in any Cookie header is the session's (a value may be empty,
    /// as Vapor's own parse counts it).
    static func isPresent(in headers: HTTPHeaders) -> Bool { value(in: headers) != nil }

    /// The session cookie's value, the first when a browser sent two.
    static func value(in headers: HTTPHeaders) -> String? { CookieText.value(of: DatabaseSessionDriver.cookieName, in: headers) }
}

/// Cookies as Veerkracht reads and writes them: one cookie found by a scan of the Cookie
/// headers (Vapor's parse builds a value with attributes for every cookie, on every request
/// that asks), and the one way Veerkracht's own cookies are written.
enum CookieText {
    /// The value of the cookie `name`, the first when a browser sent two; nil when none came.
    /// Scanned in place, without splitting the header or copying the name: every signed-in
    /// request asks two or three times.
    static func value(of name: String, in headers: HTTPHeaders) -> String? {
        for header in headers[.cookie] {
            if let value = value(of: name, inHeader: header) { return value }
        }
        return nil
    }

    /// The value of `name` in one header of `name=value` pairs separated by semicolons, with
    /// the spaces and tabs around a pair left out.
    private static func value(of name: String, inHeader header: String) -> String? {
        let bytes = header.utf8
        let semicolon = UInt8(ascii: ";")
        let equals = UInt8(ascii: "=")
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: semicolon) ?? bytes.endIndex
            let pair = bytes[start..<end].drop(while: isBlank)
            start = end < bytes.endIndex ? bytes.index(after: end) : end
            guard pair.starts(with: name.utf8) else { continue }
            let afterName = pair.dropFirst(name.utf8.count)
            guard afterName.first == equals else { continue }
            var value = afterName.dropFirst()
            while let last = value.last, isBlank(last) { value = value.dropLast() }
            return String(Substring(value))
        }
        return nil
    }

    /// A `Set-Cookie` value for the whole site, never read by scripts, sent on links from other
    /// sites but not on their forms, and only over HTTPS when the site is. `value` is one of
    /// Veerkracht's own tokens, never anything a request sent.
    static func header(_ name: String, _ value: String, maxAge: Int? = nil, secure: Bool) -> String {
        "\(name)=\(value)" + (maxAge.map { "; Max-Age=\($0)" } ?? "") + "; Path=/; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "")
    }
}
