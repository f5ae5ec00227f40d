import Fluent
import Testing
import Vapor
import VeerkrachtCore

@testable import App

@Suite struct SetupTests {
    @Test func everyPageLeadsToSetupWhileNoAccountExists() async throws {
        try await withVeerkracht { app in
            let browser = Browser(app)
            for path in ["/", Route.signIn.path, Route.adminOrganisations.path, "/o/\(UUID())/units"] {
                let page = try await browser.get(path, follow: false)
                #expect(page.status == .seeOther, "\(path)")
                #expect(page.location == Route.setup.path, "\(path)")
            }
        }
    }

    @Test func healthAndVersionAnswerBeforeSetup() async throws {
        try await withVeerkracht { app in
            let browser = Browser(app)
            #expect(try await browser.get(Route.health.path).status == .ok)
            let version = try await browser.get(Route.version.path)
            #expect(version.status == .ok)
            #expect(version.body.contains("\"version\":\"\(VeerkrachtVersion.current)\""))
        }
    }

    @Test func aWrongSetupCodeIsRefusedAndCreatesNoAccount() async throws {
        try await withVeerkracht { app in
            let page = try await setUp(app, code: "AAAA-BBBB-CCCC-DDDD")
            #expect(page.status == .forbidden)
            #expect(try await User.query(on: app.db).count() == 0)
        }
    }

    @Test func theLoggedCodeCreatesTheAdministratorAndSignsThemIn() async throws {
        try await withVeerkracht { app in
            let browser = Browser(app)
            // People type what they read: case and spacing do not matter.
            let page = try await browser.post(
                Route.setup.path,
                [
                    "code": " test code 0000 0001 ", "email": "Admin@Example.org",
                    "password": "a long enough secret", "confirmation": "a long enough secret"
                ])
            #expect(page.status == .ok)
            #expect(page.body.contains("admin@example.org"))
            let user = try #require(try await User.query(on: app.db).first())
            #expect(user.email == "admin@example.org")
            #expect(user.isAdmin)
            #expect(
                user.passwordHash.hasPrefix("$2b$12$") || user.passwordHash.hasPrefix("$2a$12$") || user.passwordHash.hasPrefix("$2y$12$"))
        }
    }

    @Test func theSetupCodeWorksOnlyOnce() async throws {
        try await withVeerkracht { app in
            let form = [
                "code": testSetupCode, "email": "first@example.org",
                "password": "a long enough secret", "confirmation": "a long enough secret"
            ]
            _ = try await Browser(app).post(Route.setup.path, form)
            var second = form
            second["email"] = "second@example.org"
            let page = try await Browser(app).post(Route.setup.path, second, follow: false)
            #expect(page.location == Route.signIn.path)
            #expect(try await User.query(on: app.db).count() == 1)
            #expect(try await !SetupCodes(db: app.db).isIssued(now: Date()))
        }
    }

    @Test func aShortPasswordIsRefusedAndKeepsTheCodeValid() async throws {
        try await withVeerkracht { app in
            let page = try await Browser(app).post(
                Route.setup.path,
                [
                    "code": testSetupCode, "email": "admin@example.org", "password": "short", "confirmation": "short"
                ])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("minstens \(PasswordPolicy.minimumLength) tekens"))
            #expect(try await User.query(on: app.db).count() == 0)
            #expect(try await SetupCodes(db: app.db).isIssued(now: Date()))
        }
    }

    @Test func aSetupCodeOlderThanADayIsRefusedAndThePageSaysHowToGetANewOne() async throws {
        try await withVeerkracht { app in
            try await app.db.sql.raw("DELETE FROM setup_codes").run()
            try await SetupCodes(db: app.db).issue("OLDE-CODE-PRNT-EDXX", now: Date() - SetupCodes.lifetime - 60)
            let page = try await setUp(app, code: "OLDE-CODE-PRNT-EDXX")
            #expect(page.status == .forbidden)
            #expect(try await User.query(on: app.db).count() == 0)
            #expect(try await Browser(app).get(Route.setup.path).body.contains("24 uur"))
        }
    }

    /// The setup form sent with `code` and an otherwise valid administrator.
    private func setUp(_ app: Application, code: String) async throws -> Browser.Page {
        try await Browser(app).post(
            Route.setup.path,
            [
                "code": code, "email": "admin@example.org",
                "password": "a long enough secret", "confirmation": "a long enough secret"
            ])
    }
}
