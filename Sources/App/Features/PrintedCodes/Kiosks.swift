import Fluent
import Foundation
import SQLKit
import Vapor
import VeerkrachtCore

/// Shared devices (a tablet in the staff room): an advisor turns a browser into a kiosk for one
/// wave and unit. The device then holds only a kiosk cookie, no account; one person at a time
/// is "current" on it, from typing their code until code entry is shown again (after the scan is
/// sent, after `idle` without a page, or when anyone opens code entry). On a kiosk the survey's
/// addresses carry the word `kiosk` where a personal link has its token, so neither the screen
/// nor the browser's history ever holds a link that opens someone's scan elsewhere; a real
/// link opened on a kiosk, and any page once its person is gone, lead to code entry.
struct Kiosks {
    static let cookieName = "veerkracht_kiosk"
    /// A person who walks away is forgotten after this long without a new page.
    static let idle = 180
    /// The thanks page stays this long before code entry returns for the next person.
    static let afterThanks = 20

    let db: any Database

    struct Kiosk: Sendable {
        let id: UUID
        let organisation: UUID
        let wave: UUID
        let unit: UUID?
        let current: UUID?
    }

    /// What stands in the survey's addresses on a kiosk instead of a token.
    static let pathWord = "kiosk"

    func start(organisation: UUID, wave: UUID, unit: UUID?, by user: UUID, now: Date) async throws -> String {
        let token = SecureToken.generate()
        try await db.sql.insert(into: "kiosks")
            .columns("id", "token_hash", "organisation_id", "wave_id", "unit_id", "started_by", "started_at")
            .values(
                SQLBind(UUID()), SQLBind(SecureToken.hash(token)), SQLBind(organisation), SQLBind(wave), SQLBind(unit),
                SQLBind(user), SQLBind(now)
            ).run()
        return token
    }

    /// The kiosk this request's device is, if any.
    func kiosk(of req: Request) async throws -> Kiosk? {
        guard let token = CookieText.value(of: Self.cookieName, in: req.headers), !token.isEmpty, token.count <= 100 else {
            return nil
        }
        guard
            let row = try await db.sql.raw(
                """
                SELECT id, organisation_id, wave_id, unit_id, current_invitation_id FROM kiosks
                WHERE token_hash = \(bind: SecureToken.hash(token))
                """
            ).first()
        else { return nil }
        return Kiosk(
            id: try row.decode(column: "id", as: UUID.self), organisation: try row.decode(column: "organisation_id", as: UUID.self),
            wave: try row.decode(column: "wave_id", as: UUID.self), unit: try row.decode(column: "unit_id", as: UUID?.self),
            current: try row.decode(column: "current_invitation_id", as: UUID?.self))
    }

    /// Makes the person of `invitation` current on the kiosk, or nobody.
    func setCurrent(_ kiosk: Kiosk, invitation: UUID?) async throws {
        try await db.sql.update("kiosks").set("current_invitation_id", to: invitation).where("id", .equal, kiosk.id).run()
    }
}

extension Kiosks {
    static let turnCookieName = "veerkracht_kiosk_turn"

    /// A new person's turn at a shared device sets a cookie to a new random value. Chromium
    /// keeps even `no-store` pages for its back button unless a cookie changed since they were
    /// shown; with a changed cookie the previous person's pages (their thanks page shows their
    /// profile) can only be asked for again, and the kiosk guard then sends the back button to
    /// code entry.
    static func startTurn(_ response: Response, secure: Bool) {
        response.headers.add(name: .setCookie, value: CookieText.header(turnCookieName, SecureToken.generate(), secure: secure))
    }
}

/// On a kiosk, survey pages are only for the current person; every page returns to code entry
/// once the person has been idle for `Kiosks.idle` seconds (the `Refresh` header, no script),
/// and none is kept by the browser for its back button.
///
/// Future-based: a page on a person's own device (no kiosk cookie) passes without a lookup
/// and without starting a task, and every submit is such a page.
struct KioskGuard: Middleware {
    private struct CurrentToken: StorageKey { typealias Value = String }

    /// On a kiosk, the token of its current person, for reading the survey; nil elsewhere.
    static func currentToken(of req: Request) -> String? { req.storage[CurrentToken.self] }

    func respond(to req: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard CookieText.value(of: Kiosks.cookieName, in: req.headers) != nil else { return next.respond(to: req) }
        return req.eventLoop.makeFutureWithTask { try await Self.guarded(req, next) }
    }

    private static func guarded(_ req: Request, _ next: any Responder) async throws -> Response {
        guard let kiosk = try await Kiosks(db: req.db).kiosk(of: req) else { return try await next.respond(to: req).get() }
        guard req.parameters.get("token") == Kiosks.pathWord, let current = kiosk.current else {
            return req.redirect(to: Route.codeEntry.path)
        }
        req.storage[CurrentToken.self] = req.application.surveyLinks.token(for: current)
        let response = try await next.respond(to: req).get()
        let done = req.url.path == Route.surveyThanks(token: Kiosks.pathWord).path
        let wait = done ? Kiosks.afterThanks : Kiosks.idle
        response.headers.replaceOrAdd(name: "Refresh", value: "\(wait); url=\(Route.codeEntry.path)")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}

extension WavesController {
    struct KioskForm: Content {
        var unit: String?
    }

    /// `POST …/waves/{wave}/kiosk`: this browser becomes a shared device for the wave (and a
    /// unit), and the advisor is signed out of it.
    func startKiosk(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let wave = try await wave(req, access)
        let tree = try await req.unitTree(access.organisationID)
        let unit = try Self.chosenUnit(try req.content.decode(KioskForm.self).unit, in: tree)
        guard wave.lifecycle.effectiveStatus(at: req.now) == .open else {
            return try await refreshed(req, access, wave, error: req.strings.kioskNeedsAnOpenWave)
        }
        let token = try await Kiosks(db: req.db).start(
            organisation: access.organisationID, wave: try wave.requireID(), unit: unit, by: access.userID, now: req.now)
        req.browserSession.destroy()
        let response = req.redirect(to: Route.codeEntry.path)
        response.cookies[Kiosks.cookieName] = HTTPCookies.Value(
            string: token, expires: wave.closesAt, path: "/", isSecure: req.application.configuration.usesSecureCookies,
            isHTTPOnly: true, sameSite: .lax)
        return response
    }
}
