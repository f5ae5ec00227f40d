import Fluent
import Foundation
import SQLKit
import VeerkrachtCore

/// Who may come in through a provider: an address whose domain an organisation allows for that
/// provider, belonging to a member of such an organisation or to someone with an open
/// invitation there (which signing in accepts). The provider only proves the address; roles
/// stay Veerkracht's, and nobody gets an account without an invitation.
struct SingleSignOnAccess {
    let db: any Database

    enum Outcome: Equatable {
        case signIn(UUID)
        case refused(SignInRefusal)
    }

    /// `unusablePassword` makes the password hash of an account made here: a hash of a random
    /// secret nobody knows, so the password form refuses it like any wrong password.
    func decide(
        email: EmailAddress, provider: String, now: Date, unusablePassword: @Sendable () async throws -> String
    ) async throws -> Outcome {
        let domain = String(email.value.split(separator: "@").last ?? "")
        let allowing = try await db.sql.select().column("organisation_id").from("sign_in_domains")
            .where("domain", .equal, domain).where("provider", .equal, provider)
            .all().map { try $0.decode(column: "organisation_id", as: UUID.self) }
        guard !allowing.isEmpty else { return .refused(.domainNotAllowed) }
        let hash = try await User.query(on: db).filter(\.$email == email.value).count() == 0 ? unusablePassword() : ""
        return try await db.writeTransaction { db in
            let existing = try await User.query(on: db).filter(\.$email == email.value).first()
            let invitations = try await Invitation.query(on: db)
                .filter(\.$email == email.value).filter(\.$organisation.$id ~~ allowing)
                .filter(\.$acceptedAt == nil).filter(\.$expiresAt > now).all()
            var member = false
            if let existing {
                member =
                    try await Membership.query(on: db).filter(\.$user.$id == existing.requireID())
                    .filter(\.$organisation.$id ~~ allowing).count() > 0
            }
            guard member || !invitations.isEmpty else { return .refused(.noAccess) }
            let user = existing ?? User(email: email.value, passwordHash: hash, isAdmin: false)
            if user.id == nil {
                guard !hash.isEmpty else { return .refused(.noAccess) }
                try await user.create(on: db)
            }
            let userID = try user.requireID()
            for invitation in invitations {
                // The same conditional claim as the invitation link: accepted once, whichever way.
                let claimed = try await db.sql.update(Invitation.schema).set("accepted_at", to: now)
                    .where("id", .equal, invitation.requireID()).where("accepted_at", .is, SQLLiteral.null)
                    .returning("id").all()
                guard !claimed.isEmpty else { continue }
                let organisationID = invitation.$organisation.id
                let already =
                    try await Membership.query(on: db).filter(\.$user.$id == userID)
                    .filter(\.$organisation.$id == organisationID).count() > 0
                if !already {
                    try await Membership(
                        userID: userID, organisationID: organisationID, role: Role(rawValue: invitation.roleName) ?? .viewer
                    ).create(on: db)
                }
            }
            return .signIn(userID)
        }
    }
}

/// The e-mail domains an organisation lets sign in through which provider, and whether its
/// members may still use a password.
struct SignInDomains {
    let db: any Database

    struct Rule: Equatable {
        let id: UUID
        let domain: String
        let provider: String
    }

    func rules(of organisation: UUID) async throws -> [Rule] {
        try await db.sql.select().columns("id", "domain", "provider").from("sign_in_domains")
            .where("organisation_id", .equal, organisation).orderBy("domain").orderBy("provider").all()
            .map {
                Rule(
                    id: try $0.decode(column: "id", as: UUID.self), domain: try $0.decode(column: "domain", as: String.self),
                    provider: try $0.decode(column: "provider", as: String.self))
            }
    }

    /// Adds a rule; false when it was there already.
    func add(organisation: UUID, domain: String, provider: String, now: Date) async throws -> Bool {
        let existing = try await rules(of: organisation)
        guard !existing.contains(where: { $0.domain == domain && $0.provider == provider }) else { return false }
        try await db.sql.insert(into: "sign_in_domains").columns("id", "organisation_id", "domain", "provider", "created_at")
            .values(SQLBind(UUID()), SQLBind(organisation), SQLBind(domain), SQLBind(provider), SQLBind(now)).run()
        return true
    }

    func remove(organisation: UUID, rule: UUID) async throws {
        try await db.sql.delete(from: "sign_in_domains").where("id", .equal, rule).where("organisation_id", .equal, organisation).run()
    }

    /// Whether a password may sign `user` in: not when any organisation they belong to has
    /// switched it off.
    func passwordAllowed(for user: UUID) async throws -> Bool {
        let row = try await db.sql.raw(
            """
            SELECT COUNT(*) AS n FROM memberships m JOIN organisations o ON o.id = m.organisation_id
            WHERE m.user_id = \(bind: user) AND o.password_sign_in = \(bind: false)
            """
        ).first()
        return try (row?.decode(column: "n", as: Int.self) ?? 0) == 0
    }

    func passwordSignIn(of organisation: UUID) async throws -> Bool {
        try await db.sql.select().column("password_sign_in").from("organisations").where("id", .equal, organisation).first()?
            .decode(column: "password_sign_in", as: Bool.self) ?? true
    }

    func setPasswordSignIn(_ allowed: Bool, organisation: UUID) async throws {
        try await db.sql.update("organisations").set("password_sign_in", to: allowed).where("id", .equal, organisation).run()
    }

    /// A domain as people type it ("@Example.org ") in the one form rules compare: lower case,
    /// without a leading @; nil when it is no domain.
    static func normalised(_ raw: String) -> String? {
        var text = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if text.hasPrefix("@") { text.removeFirst() }
        guard (3...253).contains(text.count), text.contains("."), !text.hasPrefix("."), !text.hasSuffix("."), !text.contains(".."),
            text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") })
        else { return nil }
        return text
    }
}
