import Fluent
import Vapor
import VeerkrachtCore

/// Loads the account of the session, with its organisations for the header, once per request.
/// Requests without a session (respondents, the first visit) pass without async work.
struct SignedInUserMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.hasSession else { return next.respond(to: request) }
        return request.eventLoop.makeFutureWithTask {
            try await loadUser(request)
            return try await next.respond(to: request).get()
        }
    }

    /// However active, a session ends this long after it signed in: a stolen cookie or a
    /// browser left open on a shared computer does not stay signed in for weeks.
    static let absoluteLifetime: TimeInterval = 12 * 3600

    private func loadUser(_ request: Request) async throws {
        if request.hasSession,
            let raw = request.session.data[SessionKey.userID], let id = UUID(uuidString: raw),
            let user = try await User.find(id, on: request.db)
        {
            guard
                Self.isCurrent(
                    signedInAt: request.session.data[SessionKey.signedInAt].flatMap(Double.init),
                    generation: request.session.data[SessionKey.generation].flatMap(Int.init),
                    of: user.sessionGeneration, now: request.now)
            else {
                // Deleted here and not only marked: a page that answers with an error (the
                // redirect to sign-in is one) skips the session middleware's clean-up.
                if let id = request.session.id { try await request.application.sessions.driver.deleteSession(id, for: request).get() }
                request.session.destroy()
                return
            }
            let memberships = try await Membership.query(on: request.db)
                .filter(\.$user.$id == id)
                .with(\.$organisation)
                .all()
            request.signedInUser = SignedInUser(
                id: id, email: user.email, isAdmin: user.isAdmin,
                language: user.language.flatMap(Language.init(rawValue:)),
                organisations:
                    memberships
                    .map { OrganisationMembership(organisationID: $0.$organisation.id, name: $0.organisation.name, role: $0.role) }
                    .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending })
        }
    }

    static func isCurrent(signedInAt: Double?, generation: Int?, of current: Int, now: Date) -> Bool {
        guard let signedInAt, generation == current else { return false }
        return now.timeIntervalSince1970 - signedInAt <= absoluteLifetime
    }
}
