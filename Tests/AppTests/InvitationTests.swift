import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

@Suite struct InvitationTests {
    private func signedInAdmin(_ app: Application) async throws -> Browser {
        try await app.createUser("admin@example.org", admin: true)
        let browser = Browser(app)
        _ = try await browser.signIn("admin@example.org")
        return browser
    }

    private func link(in page: Browser.Page) throws -> String {
        let start = try #require(page.body.range(of: "<code id=\"invitation-link\">"))
        let link = page.body[start.upperBound...].prefix { $0 != "<" }
        return String(link.dropFirst("http://127.0.0.1:8080".count))
    }

    @Test func theAdministratorCreatesAnOrganisationAndADuplicateNameIsRefused() async throws {
        try await withVeerkracht { app in
            let admin = try await signedInAdmin(app)
            let created = try await admin.post(Route.adminOrganisations.path, ["name": "  Zorggroep Noord "])
            #expect(created.status == .ok)
            #expect(created.body.contains("<h1>Zorggroep Noord</h1>"))
            let duplicate = try await admin.post(Route.adminOrganisations.path, ["name": "zorggroep noord"])
            #expect(duplicate.status == .unprocessableEntity)
            #expect(duplicate.body.contains(Dutch().organisationNameTaken))
            let empty = try await admin.post(Route.adminOrganisations.path, ["name": "   "])
            #expect(empty.status == .unprocessableEntity)
            #expect(try await Organisation.query(on: app.db).count() == 1)
        }
    }

    @Test func anInvitationLinkCreatesAnAccountWithTheRoleOnce() async throws {
        try await withVeerkracht { app in
            let admin = try await signedInAdmin(app)
            let organisation = try await app.createOrganisation("Zorggroep")
            let invited = try await admin.post(Route.adminInvitations(organisation).path, ["email": "Bea@Example.org", "role": "advisor"])
            #expect(invited.status == .created)
            let path = try link(in: invited)
            // Only the hash of the token is stored.
            let token = String(path.dropFirst("/invitations/".count))
            #expect(try await Invitation.query(on: app.db).filter(\.$tokenHash == token).count() == 0)

            let bea = Browser(app)
            #expect(try await bea.get(path).body.contains("bea@example.org"))
            let accepted = try await bea.post(path, ["password": "bea's own passphrase", "confirmation": "bea's own passphrase"])
            #expect(accepted.status == .ok)
            #expect(accepted.body.contains("<h1>Zorggroep</h1>"))
            let user = try #require(try await User.query(on: app.db).filter(\.$email == "bea@example.org").first())
            let membership = try #require(try await Membership.query(on: app.db).filter(\.$user.$id == user.requireID()).first())
            #expect(membership.role == .advisor)
            #expect(!user.isAdmin)

            #expect(try await Browser(app).get(path).status == .notFound)
            let reuse = try await Browser(app).post(path, ["password": "someone else's", "confirmation": "someone else's"])
            #expect(reuse.status == .notFound)
        }
    }

    @Test func anInvitationRefusesMismatchedPasswordsAndStaysOpen() async throws {
        try await withVeerkracht { app in
            let admin = try await signedInAdmin(app)
            let organisation = try await app.createOrganisation("Zorggroep")
            let path = try link(
                in: try await admin.post(Route.adminInvitations(organisation).path, ["email": "bea@example.org", "role": "viewer"]))
            let page = try await Browser(app).post(path, ["password": "bea's own passphrase", "confirmation": "something else"])
            #expect(page.status == .unprocessableEntity)
            #expect(try await User.query(on: app.db).count() == 1)
            #expect(try await Browser(app).get(path).status == .ok)
        }
    }

    @Test func anExpiredInvitationIsNotFound() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let token = SecureToken.generate()
            try await Invitation(
                organisationID: organisation, email: "bea@example.org", role: "viewer",
                tokenHash: SecureToken.hash(token), invitedBy: UUID(),
                expiresAt: Date().addingTimeInterval(-1)
            ).create(on: app.db)
            try await app.createUser("admin@example.org", admin: true)
            #expect(try await Browser(app).get(Route.invitation(token: token).path).status == .notFound)
        }
    }

    @Test func invitingSomeoneWithAnAccountGivesAccessAtOnce() async throws {
        try await withVeerkracht { app in
            let admin = try await signedInAdmin(app)
            let organisation = try await app.createOrganisation("Zorggroep")
            try await app.createUser("cas@example.org")
            let page = try await admin.post(Route.adminInvitations(organisation).path, ["email": "cas@example.org", "role": "manager"])
            #expect(page.body.contains(Dutch().memberAddedExisting(email: "cas@example.org")))
            #expect(try await Invitation.query(on: app.db).count() == 0)
            let again = try await admin.post(Route.adminInvitations(organisation).path, ["email": "cas@example.org", "role": "manager"])
            #expect(again.status == .unprocessableEntity)
            #expect(try await Membership.query(on: app.db).count() == 1)
        }
    }

    @Test func theAdministratorChangesARoleAndRemovesAccess() async throws {
        try await withVeerkracht { app in
            let admin = try await signedInAdmin(app)
            let organisation = try await app.createOrganisation("Zorggroep")
            let other = try await app.createOrganisation("Elders")
            let cas = try await app.createUser("cas@example.org", organisation: organisation, role: .viewer)
            try await Membership(userID: cas, organisationID: other, role: .viewer).create(on: app.db)
            _ = try await admin.post(Route.adminMember(organisation, user: cas).path, ["role": "advisor"])
            let membership = {
                try await Membership.query(on: app.db).filter(\.$user.$id == cas).filter(\.$organisation.$id == organisation).first()
            }
            #expect(try await membership()?.role == .advisor)
            _ = try await admin.post(Route.adminMemberRemove(organisation, user: cas).path)
            #expect(try await membership() == nil)
            #expect(try await Membership.query(on: app.db).filter(\.$user.$id == cas).count() == 1)
            #expect(try await User.find(cas, on: app.db) != nil)
        }
    }

    @Test func onlyTheAdministratorChangesRoles() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let advisor = try await app.createUser("adv@example.org", organisation: organisation, role: .advisor)
            let browser = Browser(app)
            _ = try await browser.signIn("adv@example.org")
            let page = try await browser.post(Route.adminMember(organisation, user: advisor).path, ["role": "viewer"])
            #expect(page.status == .notFound)
            #expect(try await Membership.query(on: app.db).first()?.role == .advisor)
        }
    }

    @Test func anInvalidAddressIsRefused() async throws {
        try await withVeerkracht { app in
            let admin = try await signedInAdmin(app)
            let organisation = try await app.createOrganisation("Zorggroep")
            let page = try await admin.post(Route.adminInvitations(organisation).path, ["email": "not an address", "role": "viewer"])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains(Dutch().invalidEmail))
            #expect(try await Invitation.query(on: app.db).count() == 0)
        }
    }
}
