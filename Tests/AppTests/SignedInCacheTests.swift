import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// The moment a server remembers who asks (`SignedInCache`), switched on as `serve` has it.
@Suite struct SignedInCacheTests {
    @Test func withinItsLifetimeASessionRemovedElsewhereStillCountsAndAfterItItDoesNot() async throws {
        try await withVeerkracht(signedInCacheLifetime: 2) { app in
            let start = Date()
            app.clock = .fixed(start)
            let organisation = try await app.createOrganisation("Zorggroep")
            let reader = try await app.signedIn(as: "lezer@example.org", .viewer, in: organisation)
            let page = Route.organisation(organisation).path
            #expect(try await reader.get(page, follow: false).status == .ok)
            // As another server's sign-out does: the row goes, this server is not told.
            try await SessionRow.query(on: app.db).delete()
            #expect(try await reader.get(page, follow: false).status == .ok)
            app.clock = .fixed(start.addingTimeInterval(2.5))
            let later = try await reader.get(page, follow: false)
            #expect(later.status != .ok)
            #expect(later.location?.hasPrefix(Route.signIn.path) == true)
        }
    }

    @Test func signingOutOnThisServerEndsTheSessionAtOnce() async throws {
        try await withVeerkracht(signedInCacheLifetime: 2) { app in
            app.clock = .fixed(Date())
            let organisation = try await app.createOrganisation("Zorggroep")
            let reader = try await app.signedIn(as: "lezer@example.org", .viewer, in: organisation)
            let page = Route.organisation(organisation).path
            #expect(try await reader.get(page, follow: false).status == .ok)
            let cookie = try #require(reader.sessionCookie)
            _ = try await reader.post(Route.signOut.path)
            let thief = Browser(app)
            thief.setCookie(DatabaseSessionDriver.cookieName, cookie)
            #expect(try await thief.get(page, follow: false).status != .ok)
        }
    }

    @Test func aRoleChangedThroughThisServerCountsAtOnce() async throws {
        try await withVeerkracht(signedInCacheLifetime: 2) { app in
            app.clock = .fixed(Date())
            let setting = try await RoleChangeSetting.make(admin: app, member: app)
            #expect(try await setting.member.get(setting.form, follow: false).status == .forbidden)
            try await setting.promote()
            #expect(try await setting.member.get(setting.form, follow: false).status == .ok)
        }
    }

    @Test func aSessionIsFoundAndForgottenByItsToken() {
        let cache = SignedInCache(lifetime: 2)
        let now = Date()
        var data = SessionData()
        data[SessionKey.userID] = UUID().uuidString
        cache.keep(SignedInCache.Session(data: data, expiresAt: now + 60), token: "token-a", now: now, readSince: cache.epoch)
        #expect(cache.session(token: "token-a", now: now)?.data == data)
        #expect(cache.session(token: "token-b", now: now) == nil)
        cache.forgetSession(token: "token-a")
        #expect(cache.session(token: "token-a", now: now) == nil)
    }

    @Test func aSessionsIdentityIsReadFromItsDataOnceAndOnlyWithAnAccount() throws {
        let user = UUID()
        var data = SessionData()
        data[SessionKey.signedInAt] = "1700000000.5"
        #expect(SessionIdentity(data) == nil)
        data[SessionKey.userID] = user.uuidString
        data[SessionKey.generation] = "3"
        let identity = try #require(SignedInCache.Session(data: data, expiresAt: Date()).identity)
        #expect(identity.userID == user && identity.signedInAt == 1_700_000_000.5 && identity.generation == 3)
        data[SessionKey.userID] = "not-an-id"
        #expect(SessionIdentity(data) == nil)
    }
}

/// Keeping what was read only while nothing was forgotten since, and only while this server
/// hears the others.
@Suite struct SignedInCacheKeepingTests {
    private func session() -> SignedInCache.Session {
        var data = SessionData()
        data[SessionKey.userID] = UUID().uuidString
        return SignedInCache.Session(data: data, expiresAt: Date() + 60)
    }

    @Test func aSessionReadBeforeSomethingWasForgottenIsNotKept() {
        let cache = SignedInCache(lifetime: 2)
        let now = Date()
        let readFrom = cache.epoch
        cache.forgetAll()
        cache.keep(session(), token: "t", now: now, readSince: readFrom)
        #expect(cache.session(token: "t", now: now) == nil)
        cache.keep(session(), token: "t", now: now, readSince: cache.epoch)
        #expect(cache.session(token: "t", now: now) != nil)
    }

    @Test func anAccountReadBeforeASessionWasForgottenIsNotKept() {
        let cache = SignedInCache(lifetime: 2)
        let now = Date()
        let user = UUID()
        let readFrom = cache.epoch
        cache.forgetSession(token: "another")
        cache.keep(
            SignedInCache.Account(
                user: SignedInUser(id: user, email: "a@example.org", isAdmin: false, language: nil, organisations: []), generation: 0),
            for: user, now: now, readSince: readFrom)
        #expect(cache.account(user, now: now) == nil)
    }

    @Test func aServerThatMustHearTheOthersKeepsNothingUntilItDoesAndForgetsWhenItStops() {
        let cache = SignedInCache(lifetime: 2, hearsOtherServers: true)
        let now = Date()
        cache.keep(session(), token: "t", now: now, readSince: cache.epoch)
        #expect(cache.session(token: "t", now: now) == nil)
        cache.startRemembering()
        cache.keep(session(), token: "t", now: now, readSince: cache.epoch)
        #expect(cache.session(token: "t", now: now) != nil)
        cache.stopRemembering()
        #expect(cache.session(token: "t", now: now) == nil)
        cache.keep(session(), token: "t", now: now, readSince: cache.epoch)
        #expect(cache.session(token: "t", now: now) == nil)
    }
}
