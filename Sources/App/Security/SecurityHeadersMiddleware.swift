import Vapor

/// Headers that every answer carries: no framing, no scripts from elsewhere, and no referrer,
/// because invitation links carry a secret in their path.
/// A plain (not async) middleware: it only adds headers, and each async middleware costs two
/// thread switches per request.
struct SecurityHeadersMiddleware: Middleware {
    /// No `<base>` may re-point links and no plug-in content may load, even if markup slipped in.
    /// The printed report uses the same policy.
    static let contentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in
            response.headers.replaceOrAdd(
                name: "Content-Security-Policy",
                value: SecurityHeadersMiddleware.contentSecurityPolicy)
            response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
            response.headers.replaceOrAdd(name: "Referrer-Policy", value: "no-referrer")
            return response
        }
    }
}
