import Fluent
import SQLKit
import Vapor
import VeerkrachtCore

/// Loads the account of the session, with its organisations for the header, once per request.
/// Requests without a session (respondents, the first visit) pass without async work.
struct SignedInUserMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.hasSession else { return next.respond(to: request) }
        // An account this server remembers is checked right here, without starting a task.
        if let identity = request.loadedSessionIdentity,
            let kept = request.application.signedInCache.account(identity.userID, now: request.now),
            Self.isCurrent(signedInAt: identity.signedInAt, generation: identity.generation, of: kept.generation, now: request.now)
        {
            request.signedInUser = kept.user
            return next.respond(to: request)
        }
        return request.eventLoop.makeFutureWithTask {
            try await loadUser(request)
            return try await next.respond(to: request).get()
        }
    }

    /// However active, a session ends this long after it signed in: a stolen cookie or a
    /// browser left open on a shared computer does not stay signed in for weeks.
    static let absoluteLifetime: TimeInterval = 12 * 3600

    private func loadUser(_ request: Request) async throws {
        guard request.hasSession, let identity = SessionIdentity(request.browserSession.data),
            let account = try await Self.account(identity.userID, for: request)
        else { return }
        guard Self.isCurrent(signedInAt: identity.signedInAt, generation: identity.generation, of: account.generation, now: request.now)
        else {
            // Deleted here and not only marked: a page that answers with an error (the
            // redirect to sign-in is one) skips the session middleware's clean-up.
            if let id = request.browserSession.id { try await DatabaseSessionDriver().deleteSession(id, for: request).get() }
            request.browserSession.destroy()
            return
        }
        request.signedInUser = account.user
    }

    /// The account with its organisations in one query: every signed-in page pays for it, so
    /// it is one round trip on an index rather than three.
    private static func account(_ id: UUID, for request: Request) async throws -> (user: SignedInUser, generation: Int)? {
        let cache = request.application.signedInCache
        if let kept = cache.account(id, now: request.now) { return (kept.user, kept.generation) }
        let epoch = cache.epoch
        guard let account = try await read(id, for: request) else { return nil }
        cache.keep(
            SignedInCache.Account(user: account.user, generation: account.generation), for: id, now: request.now, readSince: epoch)
        return account
    }

    private static func read(_ id: UUID, for request: Request) async throws -> (user: SignedInUser, generation: Int)? {
        let rows = try await request.quickRows(
            """
            SELECT u.email, u.is_admin, u.language, u.session_generation, m.organisation_id, m.role, o.name
            FROM users u LEFT JOIN memberships m ON m.user_id = u.id LEFT JOIN organisations o ON o.id = m.organisation_id
            WHERE u.id = \(bind: id)
            """)
        guard let first = rows.first else { return nil }
        let memberships = try rows.compactMap { row -> OrganisationMembership? in
            guard let organisation = try row.decode(column: "organisation_id", as: UUID?.self),
                let name = try row.decode(column: "name", as: String?.self)
            else { return nil }
            let role = Role(rawValue: try row.decode(column: "role", as: String.self)) ?? .viewer
            return OrganisationMembership(organisationID: organisation, name: name, role: role)
        }
        let user = SignedInUser(
            id: id, email: try first.decode(column: "email", as: String.self), isAdmin: try first.decode(column: "is_admin", as: Bool.self),
            language: try first.decode(column: "language", as: String?.self).flatMap(Language.init(rawValue:)),
            organisations: memberships.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending })
        return (user, try first.decode(column: "session_generation", as: Int.self))
    }

    static func isCurrent(signedInAt: Double?, generation: Int?, of current: Int, now: Date) -> Bool {
        guard let signedInAt, generation == current else { return false }
        return now.timeIntervalSince1970 - signedInAt <= absoluteLifetime
    }
}

/// Who a session says it is: its account, when it signed in and the account's session
/// generation then. Parsed from the session's strings once, when the session is read.
struct SessionIdentity: Sendable {
    let userID: UUID
    let signedInAt: Double?
    let generation: Int?

    init?(_ data: SessionData) {
        guard let raw = data[SessionKey.userID], let id = UUID(uuidString: raw) else { return nil }
        userID = id
        signedInAt = data[SessionKey.signedInAt].flatMap(Double.init)
        generation = data[SessionKey.generation].flatMap(Int.init)
    }
}
