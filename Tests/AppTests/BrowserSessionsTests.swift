import Fluent
import Foundation
import Testing
import Vapor

@testable import App

/// The session cookie goes out when the session starts, is renewed or ends, not on every answer.
@Suite struct BrowserSessionsTests {
    private func sessionCookies(_ page: Browser.Page) -> [String] {
        page.headers[.setCookie].filter { $0.hasPrefix(DatabaseSessionDriver.cookieName + "=") }
    }

    @Test func aSignedInPageThatChangesNothingSendsNoCookie() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let browser = try await app.signedIn(as: "adviseur@example.org", .advisor, in: organisation)
            let page = try await browser.get(Route.units(organisation).path)
            #expect(page.status == .ok && page.body.contains("adviseur@example.org"))
            #expect(sessionCookies(page).isEmpty)
        }
    }

    @Test func aSessionADayOldIsRenewedWithItsCookie() async throws {
        try await withVeerkracht { app in
            let start = Date()
            app.clock = .fixed(start)
            let browser = Browser(app)
            // The sign-in page's form token starts a session before anyone signs in.
            let first = try await browser.get(Route.signIn.path)
            #expect(sessionCookies(first).count == 1)
            let cookie = try #require(browser.sessionCookie)
            #expect(sessionCookies(try await browser.get(Route.signIn.path)).isEmpty)
            app.clock = .fixed(start.addingTimeInterval(DatabaseSessionDriver.renewalInterval + 60))
            let page = try await browser.get(Route.signIn.path)
            #expect(sessionCookies(page).count == 1 && sessionCookies(page).first?.contains("=\(cookie);") == true)
            let row = try #require(try await SessionRow.query(on: app.db).filter(\.$tokenHash == SecureToken.hash(cookie)).first())
            #expect(row.expiresAt > start.addingTimeInterval(DatabaseSessionDriver.idleLifetime + 60))
        }
    }

    @Test func aCookieNoSessionAnswersToIsCleared() async throws {
        try await withVeerkracht { app in
            let browser = Browser(app)
            browser.setCookie(DatabaseSessionDriver.cookieName, "gone")
            let page = try await browser.get(Route.health.path)
            #expect(sessionCookies(page).first?.contains("Max-Age=0") == true)
            #expect(browser.sessionCookie == nil)
        }
    }

    @Test func signingOutEndsTheSessionAndClearsTheCookie() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let browser = try await app.signedIn(as: "adviseur@example.org", .advisor, in: organisation)
            let cookie = try #require(browser.sessionCookie)
            _ = try await browser.post(Route.signOut.path, follow: false)
            #expect(browser.sessionCookie == nil)
            #expect(try await SessionRow.query(on: app.db).filter(\.$tokenHash == SecureToken.hash(cookie)).count() == 0)
        }
    }
}
