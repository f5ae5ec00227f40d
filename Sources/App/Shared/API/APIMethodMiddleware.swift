import Vapor

/// A method the API does not offer on a path it has is a 405 with the methods it does offer
/// (`Allow`), not a 404: the router alone cannot tell the two apart.
///
/// Not an `AsyncMiddleware`: every request passes here, and only API requests need any work.
struct APIMethodMiddleware: Middleware {
    /// Every API route as (method, path components), read from the route table at start.
    let routes: [(method: HTTPMethod, path: [PathComponent])]

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard APIError.isAPI(request) else { return next.respond(to: request) }
        let segments = request.urlPath.split(separator: "/").map(String.init)
        let matching = routes.filter { Self.matches($0.path, segments) }
        guard !matching.isEmpty, !matching.contains(where: { $0.method == request.method }) else {
            return next.respond(to: request)
        }
        let allowed = Set(matching.map(\.method.rawValue)).sorted().joined(separator: ", ")
        return request.eventLoop.makeCompletedFuture {
            try APIError.response(status: .methodNotAllowed, message: "Use \(allowed) here.", field: nil, headers: ["Allow": allowed])
        }
    }

    static func matches(_ pattern: [PathComponent], _ segments: [String]) -> Bool {
        guard pattern.count == segments.count else { return false }
        return zip(pattern, segments).allSatisfy { component, segment in
            if case .constant(let text) = component { return text == segment }
            return true
        }
    }
}
