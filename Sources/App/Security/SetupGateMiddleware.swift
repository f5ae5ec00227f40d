import Vapor

/// While no account exists, every page leads to the setup page.
struct SetupGateMiddleware: Middleware {
    /// Paths that work before setup: the setup page itself, health checks, the stylesheet.
    static let openPaths: Set<String> = [Route.setup.path, Route.health.path, Route.ready.path, Route.version.path, Route.stylesheet.path]

    /// Survey links exist only once an advisor opened a wave, so setup has happened; they
    /// skip the check (and its query).
    static func isOpen(_ path: String) -> Bool {
        openPaths.contains(path) || path.hasPrefix(Route.surveyPrefix)
    }

    /// Once an account is known to exist, requests pass without async work.
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        if Self.isOpen(request.urlPath) || request.application.accountsAreKnownToExist {
            return next.respond(to: request)
        }
        return request.eventLoop.makeFutureWithTask {
            if try await !request.application.accountsExist(on: request.db) {
                // No account, so no token: the API answers as to any request without a valid one.
                if APIError.isAPI(request) { throw AppError.unauthorized }
                throw AppError.setupRequired
            }
            return try await next.respond(to: request).get()
        }
    }
}
