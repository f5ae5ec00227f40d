import Vapor

/// While no account exists, every page leads to the setup page.
struct SetupGateMiddleware: AsyncMiddleware {
    /// Paths that work before setup: the setup page itself, health checks, the stylesheet.
    static let openPaths: Set<String> = [Route.setup.path, Route.health.path, Route.version.path, Route.stylesheet.path]

    /// Survey links exist only once an advisor opened a wave, so setup has happened; they
    /// skip the check (and its query).
    static func isOpen(_ path: String) -> Bool {
        openPaths.contains(path) || path.hasPrefix(Route.surveyPrefix)
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if !Self.isOpen(request.url.path),
           try await !request.application.accountsExist(on: request.db) {
            if request.url.path.hasPrefix("/api/") { throw Abort(.serviceUnavailable) }
            throw AppError.setupRequired
        }
        return try await next.respond(to: request)
    }
}
