import Foundation
import Testing
import Vapor
import VaporTesting
import VeerkrachtCore

@testable import App

/// A small browser for tests: keeps cookies, picks up the form token from every page, and
/// follows redirects the way a browser does after a form post.
final class Browser {
    struct Page {
        let status: HTTPStatus
        let headers: HTTPHeaders
        let body: String
        /// Where the last redirect led, if any was followed.
        let path: String
        /// The body as bytes, for downloads that are not text.
        var data = Data()

        var location: String? { headers.first(name: .location) }
    }

    let app: Application
    var acceptLanguage: String?
    private(set) var cookies: [String: String] = [:]
    private(set) var csrfToken: String?
    private(set) var setCookieHeaders: [String] = []

    init(_ app: Application, acceptLanguage: String? = nil) {
        self.app = app
        self.acceptLanguage = acceptLanguage
    }

    var sessionCookie: String? { cookies[DatabaseSessionDriver.cookieName] }

    func get(_ path: String, follow: Bool = true, ifNoneMatch: String? = nil) async throws -> Page {
        try await send(.GET, path, body: nil, contentType: nil, follow: follow, ifNoneMatch: ifNoneMatch)
    }

    /// Posts a form; the page's token is added unless `csrf` says otherwise.
    func post(_ path: String, _ fields: [String: String] = [:], csrf: String?? = .none, follow: Bool = true) async throws -> Page {
        var fields = fields
        switch csrf {
        case .none: if let token = try await token() { fields["_csrf"] = token }
        case .some(let explicit?): fields["_csrf"] = explicit
        case .some(nil): break
        }
        let body = fields.map { "\(escape($0.key))=\(escape($0.value))" }.joined(separator: "&")
        return try await send(.POST, path, body: body.data(using: .utf8)!, contentType: "application/x-www-form-urlencoded", follow: follow)
    }

    /// Posts fields in order, with repeated names (checkbox groups such as `units[]`).
    func post(_ path: String, pairs: [(String, String)], follow: Bool = true) async throws -> Page {
        var all = pairs
        if let token = try await token() { all.append(("_csrf", token)) }
        return try await postAnonymously(path, pairs: all, follow: follow)
    }

    /// Posts without a form token, as a respondent's browser does on the survey pages.
    func postAnonymously(_ path: String, pairs: [(String, String)], follow: Bool = true) async throws -> Page {
        let body = pairs.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
        return try await send(.POST, path, body: body.data(using: .utf8)!, contentType: "application/x-www-form-urlencoded", follow: follow)
    }

    /// Uploads a file the way the import form does.
    func upload(_ path: String, file: Data, name: String = "people.csv", fields: [String: String] = [:], follow: Bool = true) async throws
        -> Page
    {
        let boundary = "----veerkracht\(UUID().uuidString)"
        var body = Data()
        var all = fields
        if let token = try await token() { all["_csrf"] = token }
        for (key, value) in all {
            body.append("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n".data(using: .utf8)!)
        }
        body.append(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: text/csv\r\n\r\n".data(
                using: .utf8)!)
        body.append(file)
        body.append("\r\n--\(boundary)--\r\n".data(using: .utf8)!)
        return try await send(.POST, path, body: body, contentType: "multipart/form-data; boundary=\(boundary)", follow: follow)
    }

    func signIn(_ email: String, password: String = "correct horse battery") async throws -> Page {
        _ = try await get(Route.signIn.path)
        return try await post(Route.signIn.path, ["email": email, "password": password])
    }

    func forgetCookies() {
        cookies = [:]
        csrfToken = nil
    }
    func setCookie(_ name: String, _ value: String) { cookies[name] = value }

    private func token() async throws -> String? {
        if csrfToken == nil { _ = try await get(Route.signIn.path) }
        return csrfToken
    }

    private func send(
        _ method: HTTPMethod, _ path: String, body: Data?, contentType: String?, follow: Bool, ifNoneMatch: String? = nil
    ) async throws -> Page {
        var headers = HTTPHeaders()
        if let ifNoneMatch { headers.add(name: .ifNoneMatch, value: ifNoneMatch) }
        if !cookies.isEmpty { headers.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
        if let contentType { headers.add(name: .contentType, value: contentType) }
        if let acceptLanguage { headers.add(name: .acceptLanguage, value: acceptLanguage) }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: body.map { ByteBuffer(data: $0) })
        remember(response.headers[.setCookie])
        let text = response.body.string
        if let token = Self.csrf(in: text) { csrfToken = token }
        if follow, [.seeOther, .found, .movedPermanently].contains(response.status), let location = response.headers.first(name: .location)
        {
            return try await send(.GET, location, body: nil, contentType: nil, follow: true)
        }
        return Page(status: response.status, headers: response.headers, body: text, path: path, data: Data(buffer: response.body))
    }

    private func remember(_ headers: [String]) {
        setCookieHeaders += headers
        for header in headers {
            let pair = header.split(separator: ";").first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            let expired = header.lowercased().contains("max-age=0") || header.contains("1970")
            if expired || parts[1].isEmpty { cookies[parts[0]] = nil } else { cookies[parts[0]] = parts[1] }
        }
    }

    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    private func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension Application {
    /// A browser signed in as a new account with `role` in `organisation`.
    func signedIn(as email: String, _ role: Role, in organisation: UUID) async throws -> Browser {
        try await createUser(email, organisation: organisation, role: role)
        let browser = Browser(self)
        // A failed sign-in leaves every later page at the sign-in form, and the test failing far from its cause.
        let page = try await browser.signIn(email)
        #expect(page.status == .ok && browser.sessionCookie != nil, "signing in as \(email) answered \(page.status)")
        return browser
    }
}
