import Fluent
import Foundation
import Testing
import Vapor

@testable import App

@Suite struct SignInTests {
    @Test func signingInRenewsTheSessionIdAndTheOldOneStopsWorking() async throws {
        try await withVeerkracht { app in
            try await app.createUser("ann@example.org", admin: true)
            let browser = Browser(app)
            _ = try await browser.get(Route.signIn.path)
            let before = try #require(browser.sessionCookie)
            let home = try await browser.signIn("ann@example.org")
            #expect(home.status == .ok)
            #expect(home.body.contains("ann@example.org"))
            let after = try #require(browser.sessionCookie)
            #expect(before != after)

            let attacker = Browser(app)
            attacker.setCookie(DatabaseSessionDriver.cookieName, before)
            #expect(try await attacker.get("/", follow: false).location == Route.signIn.path)
        }
    }

    @Test func theSessionCookieIsHttpOnlyAndLaxAndNotSecureOverHttp() async throws {
        try await withVeerkracht { app in
            let browser = Browser(app)
            _ = try await browser.get(Route.signIn.path)
            let header = try #require(browser.setCookieHeaders.first { $0.hasPrefix(DatabaseSessionDriver.cookieName) })
            #expect(header.contains("HttpOnly"))
            #expect(header.contains("SameSite=Lax"))
            #expect(!header.contains("Secure"))
        }
    }

    @Test func theSessionCookieIsSecureWhenThePublicAddressIsHttps() async throws {
        try await withVeerkracht(publicURL: "https://veerkracht.example.org") { app in
            let browser = Browser(app)
            _ = try await browser.get(Route.signIn.path)
            let header = try #require(browser.setCookieHeaders.first { $0.hasPrefix(DatabaseSessionDriver.cookieName) })
            #expect(header.contains("Secure"))
        }
    }

    @Test func sessionsAreStoredOnlyAsHashes() async throws {
        try await withVeerkracht { app in
            try await app.createUser("ann@example.org")
            let browser = Browser(app)
            _ = try await browser.signIn("ann@example.org")
            let cookie = try #require(browser.sessionCookie)
            let rows = try await SessionRow.query(on: app.db).all()
            #expect(!rows.contains { $0.tokenHash == cookie })
            #expect(rows.contains { $0.tokenHash == SecureToken.hash(cookie) })
        }
    }

    @Test func aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() async throws {
        try await withVeerkracht { app in
            try await app.createUser("ann@example.org")
            let wrong = try await Browser(app).signIn("ann@example.org", password: "not the password")
            let unknown = try await Browser(app).signIn("nobody@example.org", password: "not the password")
            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            let message = Dutch().signInFailed
            #expect(wrong.body.contains(message))
            #expect(unknown.body.contains(message))
        }
    }

    @Test func afterFiveFailuresTheAddressIsRefusedEvenWithTheRightPassword() async throws {
        try await withVeerkracht { app in
            try await app.createUser("ann@example.org")
            let browser = Browser(app)
            for _ in 1...5 {
                #expect(try await browser.signIn("ann@example.org", password: "guess guess guess").status == .unauthorized)
            }
            let locked = try await browser.signIn("ann@example.org")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.body.contains("over 15 minuten"))
            #expect(try await browser.get("/", follow: false).location == Route.signIn.path)
        }
    }

    @Test func anUnknownAddressIsThrottledLikeAKnownOne() async throws {
        try await withVeerkracht { app in
            let browser = Browser(app)
            try await app.createUser("someone@example.org")
            for _ in 1...5 { _ = try await browser.signIn("nobody@example.org", password: "guess guess guess") }
            #expect(try await browser.signIn("nobody@example.org", password: "guess guess guess").status == .tooManyRequests)
        }
    }

    @Test func theLockEndsFifteenMinutesAfterTheLastFailure() async throws {
        try await withVeerkracht { app in
            let throttle = SignInThrottle(db: app.db)
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            for minute in 0..<5 {
                try await throttle.recordFailure("ann@example.org", client: "10.0.0.1", now: start.addingTimeInterval(Double(minute) * 60))
            }
            let lastFailure = start.addingTimeInterval(4 * 60)
            #expect(
                try await throttle.lockedUntil("ann@example.org", client: "10.0.0.1", now: lastFailure.addingTimeInterval(60))
                    == lastFailure.addingTimeInterval(15 * 60))
            #expect(
                try await throttle.lockedUntil("ann@example.org", client: "10.0.0.1", now: lastFailure.addingTimeInterval(15 * 60 + 1))
                    == nil)
        }
    }

    @Test func failuresSpreadOverMoreThanFifteenMinutesDoNotLock() async throws {
        try await withVeerkracht { app in
            let throttle = SignInThrottle(db: app.db)
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            for minute in [0, 4, 8, 12, 16] {
                try await throttle.recordFailure("ann@example.org", client: "10.0.0.1", now: start.addingTimeInterval(Double(minute) * 60))
            }
            #expect(try await throttle.lockedUntil("ann@example.org", client: "10.0.0.1", now: start.addingTimeInterval(17 * 60)) == nil)
        }
    }

    @Test func aLockedAddressLetsAClientThatHasNotFailedTryAndKeepsTheGuesserOut() async throws {
        try await withVeerkracht { app in
            let throttle = SignInThrottle(db: app.db)
            let now = Date(timeIntervalSince1970: 1_800_000_000)
            for second in 0..<5 {
                try await throttle.recordFailure("director@example.org", client: "198.51.100.7", now: now + Double(second))
            }
            #expect(try await throttle.lockedUntil("director@example.org", client: "198.51.100.7", now: now + 10) != nil)
            // The director's own laptop has not failed: it may still try.
            #expect(try await throttle.lockedUntil("director@example.org", client: "192.0.2.10", now: now + 10) == nil)
            // Once that client fails too, the address's count applies to it.
            try await throttle.recordFailure("director@example.org", client: "192.0.2.10", now: now + 11)
            #expect(try await throttle.lockedUntil("director@example.org", client: "192.0.2.10", now: now + 12) != nil)
        }
    }

    @Test func oneClientGuessingManyAddressesIsLockedOutOfAll() async throws {
        try await withVeerkracht { app in
            let throttle = SignInThrottle(db: app.db)
            let now = Date(timeIntervalSince1970: 1_800_000_000)
            for index in 0..<SignInThrottle.maximumClientFailures {
                try await throttle.recordFailure("person\(index)@example.org", client: "203.0.113.9", now: now + Double(index))
            }
            #expect(try await throttle.lockedUntil("new@example.org", client: "203.0.113.9", now: now + 30) != nil)
            #expect(try await throttle.lockedUntil("new@example.org", client: "192.0.2.10", now: now + 30) == nil)
        }
    }

    @Test func aSessionPastItsIdleExpiryIsRefusedAndRemoved() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorg")
            let browser = try await app.signedIn(as: "ann@example.org", .advisor, in: organisation)
            for row in try await SessionRow.query(on: app.db).all() {
                row.expiresAt = Date().addingTimeInterval(-1)
                try await row.save(on: app.db)
            }
            #expect(try await browser.get("/", follow: false).location == Route.signIn.path)
            #expect(try await SessionRow.query(on: app.db).count() == 0)
        }
    }

    /// Sessions are read on the request's own thread like survey links; when that read fails,
    /// the reader's thread reads the session instead and the person stays signed in.
    @Test func aSignedInPageStillOpensWhenTheReadOnTheRequestsThreadFails() async throws {
        try await withVeerkracht(storage: .sqliteFile) { app in
            let organisation = try await app.createOrganisation("Zorg")
            let browser = try await app.signedIn(as: "ann@example.org", .advisor, in: organisation)
            try #require(app.veerkracht.sqliteFile?.inlineReaders).close()
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            #expect(home.body.contains("ann@example.org"))
        }
    }

    @Test func aSessionEndsTwelveHoursAfterSigningInHoweverActive() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let signedIn = now.timeIntervalSince1970
        #expect(SignedInUserMiddleware.isCurrent(signedInAt: signedIn - 11.9 * 3600, generation: 0, of: 0, now: now))
        #expect(!SignedInUserMiddleware.isCurrent(signedInAt: signedIn - 12.1 * 3600, generation: 0, of: 0, now: now))
        #expect(!SignedInUserMiddleware.isCurrent(signedInAt: nil, generation: 0, of: 0, now: now))
        #expect(!SignedInUserMiddleware.isCurrent(signedInAt: signedIn - 60, generation: 0, of: 1, now: now))
    }

    @Test func signingOutEverywhereEndsTheSessionsOfEveryBrowser() async throws {
        try await withVeerkracht { app in
            try await app.createUser("ann@example.org")
            let (laptop, phone) = (Browser(app), Browser(app))
            _ = try await laptop.signIn("ann@example.org")
            _ = try await phone.signIn("ann@example.org")
            #expect(try await phone.get("/", follow: false).status == .ok)
            let page = try await laptop.post(Route.signOutEverywhere.path)
            #expect(page.body.contains(Dutch().signedOut))
            #expect(try await phone.get("/", follow: false).location == Route.signIn.path)
            #expect(try await laptop.get("/", follow: false).location == Route.signIn.path)
            // Signing in again works as before.
            let again = try await phone.signIn("ann@example.org")
            #expect(again.status == .ok)
            #expect(try await phone.get("/", follow: false).status == .ok)
        }
    }

    @Test func changingThePasswordNeedsTheCurrentOneFollowsThePolicyAndSignsOutOtherBrowsers() async throws {
        try await withVeerkracht { app in
            try await app.createUser("ann@example.org")
            let (laptop, phone) = (Browser(app), Browser(app))
            _ = try await laptop.signIn("ann@example.org")
            _ = try await phone.signIn("ann@example.org")
            let wrong = try await laptop.post(
                Route.accountPassword.path,
                ["current": "not it at all", "password": "kraanvogel op de dijk", "confirmation": "kraanvogel op de dijk"])
            #expect(wrong.status == .unprocessableEntity && wrong.body.contains(Dutch().currentPasswordWrong))
            let weak = try await laptop.post(
                Route.accountPassword.path,
                ["current": "correct horse battery", "password": "Wachtwoord2026!", "confirmation": "Wachtwoord2026!"])
            #expect(weak.status == .unprocessableEntity && weak.body.contains(Dutch().passwordProblem(.common)))
            let changed = try await laptop.post(
                Route.accountPassword.path,
                ["current": "correct horse battery", "password": "kraanvogel op de dijk", "confirmation": "kraanvogel op de dijk"])
            #expect(changed.status == .ok && changed.body.contains(Dutch().passwordChanged))
            #expect(try await laptop.get("/", follow: false).status == .ok)
            #expect(try await phone.get("/", follow: false).location == Route.signIn.path)
            #expect(try await Browser(app).signIn("ann@example.org").status == .unauthorized)
            #expect(try await Browser(app).signIn("ann@example.org", password: "kraanvogel op de dijk").status == .ok)
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        try await withVeerkracht { app in
            try await app.createUser("ann@example.org")
            let browser = Browser(app)
            _ = try await browser.signIn("ann@example.org")
            let cookie = try #require(browser.sessionCookie)
            let page = try await browser.post(Route.signOut.path)
            #expect(page.body.contains(Dutch().signedOut))
            let replay = Browser(app)
            replay.setCookie(DatabaseSessionDriver.cookieName, cookie)
            #expect(try await replay.get("/", follow: false).location == Route.signIn.path)
        }
    }
}
