import Fluent
import Vapor
import VeerkrachtCore

/// The start page, the language switch, health and version.
struct HomeController {
    func home(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        // Someone in exactly one organisation has nothing to choose.
        if user.organisations.count == 1, !user.isAdmin, let only = user.organisations.first {
            return req.redirect(to: Route.organisation(only.organisationID).path)
        }
        return req.page(HomePage(organisations: user.organisations, isAdmin: user.isAdmin))
    }

    struct LanguageForm: Content {
        var language: String?
        var `return`: String?
    }

    func setLanguage(_ req: Request) async throws -> Response {
        let form = try req.content.decode(LanguageForm.self)
        guard let language = form.language.flatMap(Language.init(rawValue:)) else {
            throw AppError.badRequest("language")
        }
        req.browserSession.data[SessionKey.language] = language.rawValue
        if let user = req.signedInUser {
            try await User.query(on: req.db).filter(\.$id == user.id).set(\.$language, to: language.rawValue).update()
        }
        let target = form.return.flatMap { Route.isLocalPath($0) ? $0 : nil } ?? Route.home.path
        return req.redirect(to: target)
    }

    func health(_ req: Request) async -> Response {
        guard await req.application.databaseAnswers() else {
            return Response(status: .serviceUnavailable, body: .init(string: "database unavailable\n"))
        }
        guard await req.application.databaseWrites() else {
            return Response(status: .serviceUnavailable, body: .init(string: "database cannot write (is the disk full?)\n"))
        }
        return Response(status: .ok, body: .init(string: "ok\n"))
    }

    /// `/healthz`, and also 503 while the caches filled at start are still loading (at most
    /// `StartUpWarmth.limit`): for a load balancer's check, so that a restarted server gets
    /// visitors once their pages come from memory.
    func ready(_ req: Request) async -> Response {
        let health = await health(req)
        guard health.status == .ok else { return health }
        guard req.application.startUpWarmth.isReady(at: req.now) else {
            return Response(status: .serviceUnavailable, body: .init(string: "warming the caches\n"))
        }
        return health
    }

    struct VersionInfo: Content {
        let name: String
        let version: String
    }

    func version(_ req: Request) -> VersionInfo {
        VersionInfo(name: "veerkracht", version: VeerkrachtVersion.current)
    }

    func stylesheet(_ req: Request) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .css
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }
}
