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

    private func loadUser(_ request: Request) async throws {
        if request.hasSession,
           let raw = request.session.data[SessionKey.userID], let id = UUID(uuidString: raw),
           let user = try await User.find(id, on: request.db) {
            let memberships = try await Membership.query(on: request.db)
                .filter(\.$user.$id == id)
                .with(\.$organisation)
                .all()
            request.signedInUser = SignedInUser(
                id: id, email: user.email, isAdmin: user.isAdmin,
                language: user.language.flatMap(Language.init(rawValue:)),
                organisations: memberships
                    .map { OrganisationMembership(organisationID: $0.$organisation.id, name: $0.organisation.name, role: $0.role) }
                    .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending })
        }
    }
}
