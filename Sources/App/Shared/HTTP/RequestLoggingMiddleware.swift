import Vapor

/// Logs each request's method and path, with the secret tokens of personal links left out.
/// A survey link's path is its key: a log that kept it would hold the keys to people's
/// progress and profiles, and say to the second when each person answered, where a stored
/// response says only the day. (Vapor's route logger writes the whole path.)
struct RequestLoggingMiddleware: Middleware {
    let level: Logger.Level

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        request.logger.log(level: level, "\(request.method) \(Self.withoutSecrets(request.urlPath))")
        return next.respond(to: request)
    }

    /// `/s/<token>/submit` as `/s/…/submit`; other paths as they are.
    static func withoutSecrets(_ path: String) -> String {
        guard let prefix = Route.secretPrefixes.first(where: { path.hasPrefix($0) }) else { return path }
        let rest = path.dropFirst(prefix.count)
        return prefix + "…" + (rest.firstIndex(of: "/").map { rest[$0...] } ?? "")
    }
}
