import Vapor

/// Refuses every form post that does not carry the session's token, before any handler runs,
/// so a page on another site cannot act in someone's name. The JSON API (which has no
/// cookies to abuse) is left to its own authentication, and so are the respondent pages:
/// their unguessable link is the credential, which another site cannot know.
struct CSRFMiddleware: Middleware {
    static let fieldName = "_csrf"
    static let headerName = "X-CSRF-Token"
    /// The largest form Veerkracht accepts: a people import of 200,000 rows fits.
    static let maximumBody = 32 * 1024 * 1024

    /// Requests it does not check pass without async work (two thread switches saved).
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.method == .POST, !APIError.isAPI(request), !request.urlPath.hasPrefix(Route.surveyPrefix) else {
            return next.respond(to: request)
        }
        return request.eventLoop.makeFutureWithTask {
            try await check(request)
            return try await next.respond(to: request).get()
        }
    }

    private func check(_ request: Request) async throws {
        // Without a session there is no token to match: refused before the body is read.
        guard request.hasSession, let expected = request.browserSession.data[SessionKey.csrf] else { throw AppError.invalidFormToken }
        // Handlers that stream their body never run before this check, so collect it here.
        if request.body.data == nil {
            _ = try await request.body.collect(max: Self.maximumBody).get()
        }
        guard let sent = try sentToken(request), SecureToken.equal(sent, expected) else { throw AppError.invalidFormToken }
    }

    /// From the header, or from the form: a plain form is scanned once for the field (Vapor's
    /// form decoder took seconds on a body of many repeated fields); an upload's parts are read
    /// by the multipart decoder, which is linear.
    private func sentToken(_ request: Request) throws -> String? {
        if let header = request.headers.first(name: Self.headerName) { return header }
        if FormFields.isForm(request.headers.first(name: .contentType)) {
            guard let body = request.body.data else { return nil }
            return FormFields.firstValue(of: Self.fieldName, in: body)
        }
        return try? request.content.get(String.self, at: Self.fieldName)
    }
}
