import Fluent
import Foundation
import Testing
import Vapor

@testable import App

/// Two servers on one PostgreSQL database, each remembering who asks for a minute: what one
/// changes counts on the other at once, because it is told.
@Suite(.enabled(if: testsRunOnPostgres, "only several servers on PostgreSQL hear each other"))
struct SignedInNoticesTests {
    /// The other server's answer once it has heard (delivery takes a moment), or after 2 s.
    private func settled(_ browser: Browser, _ path: String, until done: (HTTPStatus) -> Bool) async throws -> HTTPStatus {
        var status = try await browser.get(path, follow: false).status
        for _ in 0..<40 where !done(status) {
            try await Task.sleep(for: .milliseconds(50))
            status = try await browser.get(path, follow: false).status
        }
        return status
    }

    @Test func aSignOutThroughOneServerEndsTheSessionOnTheOtherThatRememberedIt() async throws {
        try await withTwoServers(signedInCacheLifetime: 60) { a, b in
            try await b.bootAndHearOtherServers()
            let organisation = try await a.createOrganisation("Zorggroep")
            let reader = try await a.signedIn(as: "lezer@example.org", .viewer, in: organisation)
            let cookie = try #require(reader.sessionCookie)
            let onB = Browser(b)
            onB.setCookie(DatabaseSessionDriver.cookieName, cookie)
            let page = Route.organisation(organisation).path
            #expect(try await onB.get(page, follow: false).status == .ok)
            // B remembers it: the row removed behind both servers' backs still counts there.
            try await SessionRow.query(on: a.db).delete()
            #expect(try await onB.get(page, follow: false).status == .ok)
            _ = try await reader.post(Route.signOut.path)
            #expect(try await settled(onB, page) { $0 != .ok } != .ok)
        }
    }

    @Test func aRoleGivenThroughOneServerCountsOnTheOtherThatRememberedTheAccount() async throws {
        try await withTwoServers(signedInCacheLifetime: 60) { a, b in
            try await b.bootAndHearOtherServers()
            let setting = try await RoleChangeSetting.make(admin: a, member: b)
            #expect(try await setting.member.get(setting.form, follow: false).status == .forbidden)
            try await setting.promote()
            #expect(try await settled(setting.member, setting.form) { $0 == .ok } == .ok)
        }
    }

    @Test func aServerWhoseListeningConnectionBrokeReadsEverySessionUntilItListensAgain() async throws {
        try await withTwoServers(signedInCacheLifetime: 60) { a, b in
            try await b.bootAndHearOtherServers()
            let organisation = try await a.createOrganisation("Zorggroep")
            let reader = try await a.signedIn(as: "lezer@example.org", .viewer, in: organisation)
            let onB = Browser(b)
            onB.setCookie(DatabaseSessionDriver.cookieName, try #require(reader.sessionCookie))
            let page = Route.organisation(organisation).path
            #expect(try await onB.get(page, follow: false).status == .ok)
            let ended = try await a.db.sql.raw(
                """
                SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
                WHERE application_name = \(bind: b.veerkracht.noticesConnectionName)
                """
            ).all()
            #expect(ended.count == 1)
            for _ in 0..<40 where b.signedInCache.isRemembering { try await Task.sleep(for: .milliseconds(50)) }
            // A sign-out no server heard: B, no longer listening, forgot what it remembered.
            try await SessionRow.query(on: a.db).delete()
            #expect(try await onB.get(page, follow: false).status != .ok)
            try await b.bootAndHearOtherServers()
        }
    }
}
