import Fluent
import Vapor
import VeerkrachtCore

/// The installation administrator's work: organisations and who may enter them.
struct AdminController {
    func organisations(_ req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        return req.page(try await organisationsPage(req))
    }

    struct OrganisationForm: Content {
        var name: String?
    }

    func createOrganisation(_ req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let raw = try req.content.decode(OrganisationForm.self).name ?? ""
        let existing = try await Organisation.query(on: req.db).all().map(\.name)
        if let problem = OrganisationProblem.problems(name: raw, existing: existing).first {
            var page = try await organisationsPage(req)
            page.name = raw
            page.problem = req.strings.organisationProblem(problem)
            return req.page(page, status: .unprocessableEntity)
        }
        let name = NameRules.cleaned(raw)
        let organisation = Organisation(name: name, anonymityThreshold: req.application.configuration.anonymityThreshold)
        try await organisation.create(on: req.db)
        return req.redirect(to: Route.adminOrganisation(try organisation.requireID()).path)
    }

    func organisation(_ req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        return req.page(try await organisationPage(req, id: try req.uuidParameter("org")))
    }

    struct InvitationForm: Content {
        var email: String?
        var role: String?
    }

    func invite(_ req: Request) async throws -> Response {
        let admin = try req.requireAdmin()
        let id = try req.uuidParameter("org")
        let form = try req.content.decode(InvitationForm.self)
        guard let role = form.role.flatMap(Role.init(rawValue:)) else { throw AppError.badRequest("role") }
        /// The page again with the form as typed and why it was refused.
        func refused(_ message: String) async throws -> Response {
            var page = try await organisationPage(req, id: id)
            (page.email, page.role, page.error) = (form.email ?? "", role, message)
            return req.page(page, status: .unprocessableEntity)
        }
        guard let email = EmailAddress(form.email ?? "") else { return try await refused(req.strings.invalidEmail) }
        let outcome: OrganisationAdminPage.Outcome
        if let existing = try await User.query(on: req.db).filter(\.$email == email.value).first() {
            let userID = try existing.requireID()
            let already =
                try await Membership.query(on: req.db)
                .filter(\.$user.$id == userID).filter(\.$organisation.$id == id).count() > 0
            if already { return try await refused(req.strings.alreadyMember(email: email.value)) }
            try await Membership(userID: userID, organisationID: id, role: role).create(on: req.db)
            try await req.audit(.memberInvited, "\(email.value) (\(role.rawValue))", organisation: id)
            outcome = .addedExisting(email: email.value)
        } else {
            let token = SecureToken.generate()
            try await Invitation(
                organisationID: id, email: email.value, role: role.rawValue,
                tokenHash: SecureToken.hash(token), invitedBy: admin.id,
                expiresAt: req.now.addingTimeInterval(Invitation.validity)
            ).create(on: req.db)
            try await req.audit(.memberInvited, "\(email.value) (\(role.rawValue))", organisation: id)
            outcome = .invited(
                email: email.value,
                link: req.application.configuration.publicURL.absoluteString + Route.invitation(token: token).path)
        }
        var page = try await organisationPage(req, id: id)
        page.outcome = outcome
        if case .invited = outcome { return req.page(page, status: .created) }
        return req.page(page)
    }

    struct RoleForm: Content {
        var role: String?
    }

    func changeRole(_ req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let membership = try await membership(req)
        guard let role = try req.content.decode(RoleForm.self).role.flatMap(Role.init(rawValue:)) else {
            throw AppError.badRequest("role")
        }
        let before = membership.roleName
        membership.roleName = role.rawValue
        try await membership.save(on: req.db)
        try await req.audit(
            .roleChanged, "\(try await email(of: membership.$user.id, req)): \(before) → \(role.rawValue)",
            organisation: membership.$organisation.id)
        return req.redirect(to: Route.adminOrganisation(membership.$organisation.id).path)
    }

    /// Takes away someone's access to one organisation; their account and other memberships stay.
    func removeMember(_ req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let membership = try await membership(req)
        try await req.db.transaction { db in
            try await membership.delete(on: db)
            try await APITokenStore(db: db).revokeAll(of: membership.$user.id, in: membership.$organisation.id, now: req.now)
        }
        try await req.audit(.memberRemoved, try await email(of: membership.$user.id, req), organisation: membership.$organisation.id)
        return req.redirect(to: Route.adminOrganisation(membership.$organisation.id).path)
    }

    struct DeleteForm: Content {
        var name: String?
    }

    /// Deletes an organisation with everything in it, once its name is typed exactly. The
    /// installation's log keeps that it happened and by whom; the organisation's own log goes.
    func deleteOrganisation(_ req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let id = try req.uuidParameter("org")
        guard let organisation = try await Organisation.find(id, on: req.db) else { throw AppError.notFound }
        guard try req.content.decode(DeleteForm.self).name == organisation.name else {
            var page = try await organisationPage(req, id: id)
            page.deleteError = req.strings.deleteOrganisationNameMismatch
            return req.page(page, status: .unprocessableEntity)
        }
        try await req.db.transaction { db in
            try await AuditEvent.query(on: db).filter(\.$organisationID == id).delete()
            try await organisation.delete(on: db)
        }
        try await req.audit(.organisationDeleted, organisation.name, organisation: nil)
        return req.redirect(to: Route.adminOrganisations.path)
    }

    struct SignInDomainForm: Content {
        var domain: String?
        var provider: String?
    }

    func addSignInDomain(_ req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let id = try req.uuidParameter("org")
        guard try await Organisation.find(id, on: req.db) != nil else { throw AppError.notFound }
        let form = try req.content.decode(SignInDomainForm.self)
        func refused(_ message: String) async throws -> Response {
            var page = try await organisationPage(req, id: id)
            (page.domain, page.signInError) = (form.domain ?? "", message)
            return req.page(page, status: .unprocessableEntity)
        }
        guard let provider = form.provider, req.application.identityProviders.provider(provider) != nil else {
            throw AppError.badRequest("provider")
        }
        guard let domain = SignInDomains.normalised(form.domain ?? "") else { return try await refused(req.strings.signInDomainInvalid) }
        guard try await SignInDomains(db: req.db).add(organisation: id, domain: domain, provider: provider, now: req.now) else {
            return try await refused(req.strings.signInDomainExists)
        }
        return req.redirect(to: Route.adminOrganisation(id).path)
    }

    func removeSignInDomain(_ req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let id = try req.uuidParameter("org")
        try await SignInDomains(db: req.db).remove(organisation: id, rule: try req.uuidParameter("rule"))
        return req.redirect(to: Route.adminOrganisation(id).path)
    }

    struct PasswordSignInForm: Content {
        var allowed: String?
    }

    func setPasswordSignIn(_ req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let id = try req.uuidParameter("org")
        guard try await Organisation.find(id, on: req.db) != nil else { throw AppError.notFound }
        let allowed = try req.content.decode(PasswordSignInForm.self).allowed == "1"
        try await SignInDomains(db: req.db).setPasswordSignIn(allowed, organisation: id)
        return req.redirect(to: Route.adminOrganisation(id).path)
    }

    private func email(of user: UUID, _ req: Request) async throws -> String {
        try await User.find(user, on: req.db)?.email ?? user.uuidString
    }

    private func membership(_ req: Request) async throws -> Membership {
        guard
            let membership = try await Membership.query(on: req.db)
                .filter(\.$organisation.$id == req.uuidParameter("org"))
                .filter(\.$user.$id == req.uuidParameter("user")).first()
        else {
            throw AppError.notFound
        }
        return membership
    }

    private func organisationsPage(_ req: Request) async throws -> OrganisationsPage {
        let organisations = try await Organisation.query(on: req.db).sort(\.$name).all()
        let memberships = try await Membership.query(on: req.db).all()
        let counts = Dictionary(grouping: memberships, by: { $0.$organisation.id }).mapValues(\.count)
        return OrganisationsPage(
            organisations: try organisations.map {
                OrganisationsPage.Row(id: try $0.requireID(), name: $0.name, members: counts[try $0.requireID()] ?? 0)
            })
    }

    private func organisationPage(_ req: Request, id: UUID) async throws -> OrganisationAdminPage {
        guard let organisation = try await Organisation.find(id, on: req.db) else { throw AppError.notFound }
        let members = try await Membership.query(on: req.db).filter(\.$organisation.$id == id).with(\.$user).all()
        let invitations = try await Invitation.query(on: req.db)
            .filter(\.$organisation.$id == id).filter(\.$acceptedAt == nil).filter(\.$expiresAt > req.now)
            .sort(\.$createdAt, .descending).all()
        var page = OrganisationAdminPage(
            organisationID: id, name: organisation.name,
            members: try members.map { .init(userID: try $0.user.requireID(), email: $0.user.email, role: $0.role) }
                .sorted { $0.email < $1.email },
            invitations: invitations.map { .init(email: $0.email, role: Role(rawValue: $0.roleName) ?? .viewer, expiresAt: $0.expiresAt) })
        let domains = SignInDomains(db: req.db)
        page.providers = req.application.identityProviders.providers.map { ($0.slug, $0.name) }
        page.signInRules = try await domains.rules(of: id)
        page.passwordSignIn = try await domains.passwordSignIn(of: id)
        return page
    }
}
