import Fluent
import SQLKit
import Vapor
import VeerkrachtCore

/// The one-time link where an invited person sets a password and so creates their account.
struct InvitationController {
    struct Form: Content {
        var password: String?
        var confirmation: String?
    }

    func show(_ req: Request) async throws -> Response {
        let (invitation, organisation) = try await openInvitation(req)
        return req.page(page(req, invitation, organisation))
    }

    func accept(_ req: Request) async throws -> Response {
        let (invitation, organisation) = try await openInvitation(req)
        let form = try req.content.decode(Form.self)
        let password = form.password ?? ""
        if let problem = PasswordPolicy.check(password, confirmation: form.confirmation ?? "") {
            var page = page(req, invitation, organisation)
            page.error = req.strings.passwordProblem(problem)
            return req.page(page, status: .unprocessableEntity)
        }
        let hash = try await req.passwordHashing.hash(password)
        let role = Role(rawValue: invitation.roleName) ?? .viewer
        let organisationID = try organisation.requireID()
        let (userID, isNewAccount) = try await req.db.writeTransaction { db -> (UUID, Bool) in
            // One conditional UPDATE claims the link: of two simultaneous posts, the second
            // waits for the first and then finds nothing left to claim.
            let claimed = try await db.sql.update(Invitation.schema)
                .set("accepted_at", to: req.now)
                .where("id", .equal, invitation.requireID())
                .where("accepted_at", .is, SQLLiteral.null)
                .returning("id")
                .all()
            guard !claimed.isEmpty else { throw AppError.notFound }
            // Someone invited to two organisations keeps the account made with the first link.
            let user =
                try await User.query(on: db).filter(\.$email == invitation.email).first()
                ?? User(email: invitation.email, passwordHash: hash, isAdmin: false)
            let isNewAccount = user.id == nil
            if isNewAccount { try await user.create(on: db) }
            let userID = try user.requireID()
            let isMember =
                try await Membership.query(on: db)
                .filter(\.$user.$id == userID).filter(\.$organisation.$id == organisationID).count() > 0
            if !isMember {
                try await Membership(userID: userID, organisationID: organisationID, role: role).create(on: db)
            }
            return (userID, isNewAccount)
        }
        // The link proves who owns the address, not who owns an existing account (the inviter
        // saw the link too): an existing account still signs in with its own password.
        guard isNewAccount else { return req.redirect(to: Route.signIn.path) }
        try await req.startSession(for: userID)
        return req.redirect(to: Route.organisation(organisationID).path)
    }

    /// The invitation behind the link, if it is still open; otherwise the page does not exist.
    private func openInvitation(_ req: Request) async throws -> (Invitation, Organisation) {
        guard let token = req.parameters.get("token"),
            let invitation = try await Invitation.query(on: req.db)
                .filter(\.$tokenHash == SecureToken.hash(token)).with(\.$organisation).first(),
            invitation.acceptedAt == nil, invitation.expiresAt > req.now
        else {
            throw AppError.notFound
        }
        return (invitation, invitation.organisation)
    }

    private func page(_ req: Request, _ invitation: Invitation, _ organisation: Organisation) -> InvitationPage {
        InvitationPage(
            token: req.parameters.get("token") ?? "", organisationName: organisation.name,
            email: invitation.email, role: Role(rawValue: invitation.roleName) ?? .viewer)
    }
}
