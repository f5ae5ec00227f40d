import Fluent
import Testing
import Vapor

@testable import App

@Suite struct CSRFTests {
    @Test func aFormPostWithoutTokenIsRefusedAndChangesNothing() async throws {
        try await withVeerkracht { app in
            try await app.createUser("admin@example.org", admin: true)
            let browser = Browser(app)
            _ = try await browser.signIn("admin@example.org")
            let page = try await browser.post(Route.adminOrganisations.path, ["name": "Zorggroep"], csrf: .some(nil))
            #expect(page.status == .forbidden)
            #expect(try await Organisation.query(on: app.db).count() == 0)
        }
    }

    @Test func aFormPostWithAnotherSessionsTokenIsRefused() async throws {
        try await withVeerkracht { app in
            try await app.createUser("admin@example.org", admin: true)
            let stranger = Browser(app)
            _ = try await stranger.get(Route.signIn.path)
            let foreignToken = try #require(stranger.csrfToken)
            let browser = Browser(app)
            _ = try await browser.signIn("admin@example.org")
            let page = try await browser.post(Route.adminOrganisations.path, ["name": "Zorggroep"], csrf: .some(foreignToken))
            #expect(page.status == .forbidden)
            #expect(try await Organisation.query(on: app.db).count() == 0)
        }
    }

    @Test func signingInWithoutTokenIsRefused() async throws {
        try await withVeerkracht { app in
            try await app.createUser("ann@example.org")
            let page = try await Browser(app).post(
                Route.signIn.path, ["email": "ann@example.org", "password": "correct horse battery"], csrf: .some(nil))
            #expect(page.status == .forbidden)
        }
    }
}
