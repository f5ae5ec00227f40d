import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

// Serialized to bound the load: every test signs people in (a deliberately slow password hash on
// the shared thread pool) and sends many requests; all at once, beside the other suites, they
// could wait past the database pool's time-out on a two-core machine.
@Suite(.serialized) struct APITokenTests {
    private let en = English()

    private func makeToken(_ browser: Browser, _ organisation: UUID, role: String = "viewer") async throws -> Browser.Page {
        try await browser.post(Route.apiTokens(organisation).path, ["name": "Power BI", "role": role], follow: false)
    }

    private func token(in page: Browser.Page) throws -> String {
        let range = try #require(page.body.range(of: #"vk_[A-Za-z0-9_-]{43}"#, options: .regularExpression))
        return String(page.body[range])
    }

    @Test func aTokenIsShownOnceAndKeptOnlyAsItsHash() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let advisor = try await app.signedIn(as: "advisor@example.org", .advisor, in: organisation)
            let made = try await makeToken(advisor, organisation)
            #expect(made.status == .created)
            let token = try token(in: made)
            let row = try #require(try await APITokenRow.query(on: app.db).first())
            #expect(row.tokenHash == SecureToken.hash(token) && row.tokenHash != token)
            let list = try await advisor.get(Route.apiTokens(organisation).path)
            #expect(list.body.contains("Power BI") && !list.body.contains(token))
        }
    }

    @Test func aTokenCannotBeAllowedMoreThanItsMaker() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let viewer = try await app.signedIn(as: "viewer@example.org", .viewer, in: organisation)
            let page = try await makeToken(viewer, organisation, role: "advisor")
            #expect(page.status == .unprocessableEntity)
            #expect(try await APITokenRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aTokenWorksRecordsItsUseAndIsRefusedOnceRevoked() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let advisor = try await app.signedIn(as: "advisor@example.org", .advisor, in: organisation)
            let client = APIClient(app: app, token: try token(in: try await makeToken(advisor, organisation)))
            #expect(try await client.get(Route.apiUnits(organisation).path).status == .ok)
            let row = try #require(try await APITokenRow.query(on: app.db).first())
            #expect(row.lastUsedAt != nil)
            _ = try await advisor.post(Route.apiTokenRevoke(organisation, token: row.id!).path, follow: false)
            let refused = try await client.get(Route.apiUnits(organisation).path)
            #expect(refused.status == .unauthorized && refused.error?["code"] as? String == "unauthorized")
            #expect(refused.headers.first(name: .wwwAuthenticate) == "Bearer")
        }
    }

    @Test func someoneElsesTokenCannotBeRevoked() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let owner = try await app.signedIn(as: "owner@example.org", .advisor, in: organisation)
            _ = try await makeToken(owner, organisation)
            let row = try #require(try await APITokenRow.query(on: app.db).first())
            let other = try await app.signedIn(as: "other@example.org", .advisor, in: organisation)
            #expect(try await other.post(Route.apiTokenRevoke(organisation, token: row.id!).path, follow: false).status == .notFound)
            #expect(try await APITokenRow.query(on: app.db).first()?.revokedAt == nil)
        }
    }

    @Test func aTokenActsWithTheLowerOfItsRoleAndItsOwnersRoleNow() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let client = try await app.apiClient("advisor@example.org", .advisor, in: organisation)
            #expect(try await client.post(Route.apiUnits(organisation).path, ["name": "Zorg"]).status == .created)
            let membership = try #require(try await Membership.query(on: app.db).first())
            membership.roleName = Role.viewer.rawValue
            try await membership.save(on: app.db)
            #expect(try await client.post(Route.apiUnits(organisation).path, ["name": "Staf"]).status == .forbidden)
            try await membership.delete(on: app.db)
            #expect(try await client.get(Route.apiUnits(organisation).path).status == .unauthorized)
        }
    }

    @Test func removingAMemberRevokesTheirTokensSoAReturnDoesNotReviveThem() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let advisor = try await app.signedIn(as: "advisor@example.org", .advisor, in: organisation)
            let client = APIClient(app: app, token: try token(in: try await makeToken(advisor, organisation)))
            #expect(try await client.get(Route.apiUnits(organisation).path).status == .ok)
            _ = try await app.createUser("admin@example.org", admin: true)
            let admin = Browser(app)
            _ = try await admin.signIn("admin@example.org")
            let user = try #require(try await Membership.query(on: app.db).first()).$user.id
            _ = try await admin.post(Route.adminMemberRemove(organisation, user: user).path, follow: false)
            #expect(try await APITokenRow.query(on: app.db).first()?.revokedAt != nil)
            // Invited again, the person gets their access back, but not the old token.
            try await Membership(userID: user, organisationID: organisation, role: .advisor).create(on: app.db)
            #expect(try await client.get(Route.apiUnits(organisation).path).status == .unauthorized)
        }
    }

    @Test func aMissingOrMadeUpTokenIsUnauthorizedInTheOneErrorShape() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            for client in [APIClient(app: app, token: nil), APIClient(app: app, token: "vk_" + String(repeating: "a", count: 43))] {
                let answer = try await client.get(Route.apiUnits(organisation).path)
                #expect(answer.status == .unauthorized)
                #expect(answer.error?["code"] as? String == "unauthorized" && answer.error?["message"] is String)
                #expect(answer.error?.keys.contains("field") == true)
            }
        }
    }
}
