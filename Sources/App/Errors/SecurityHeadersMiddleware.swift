import Vapor

/// Headers that every answer carries: no framing, no scripts from elsewhere, and no referrer,
/// because invitation links carry a secret in their path.
/// A plain (not async) middleware: it only adds headers, and each async middleware costs two
/// thread switches per request.
struct SecurityHeadersMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in
        response.headers.replaceOrAdd(name: "Content-Security-Policy",
                                      value: "default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "no-referrer")
        return response
        }
    }
}
