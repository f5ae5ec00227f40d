import Fluent
import Vapor
import VeerkrachtCore

/// Signing in and out. A failed sign-in says the same for an unknown address as for a wrong
/// password, and takes as long.
struct AuthController {
    struct Form: Content {
        var email: String?
        var password: String?
    }

    func show(_ req: Request) async throws -> Response {
        if req.signedInUser != nil { return req.redirect(to: Route.home.path) }
        let signedOut = req.query[String.self, at: "signed-out"]
        let notice =
            signedOut != nil
            ? req.strings.signedOut
            : req.query[String.self, at: "reset"] != nil ? req.strings.passwordResetDone : nil
        var page = Self.page(req, SignInPage(notice: notice))
        // A session that came through a provider: offer to end the provider's session too.
        if let slug = signedOut, let provider = req.application.identityProviders.provider(slug),
            let metadata = try? await req.application.identityProviders.metadata(provider, now: req.now),
            let endpoint = metadata.endSessionEndpoint, var components = URLComponents(url: endpoint, resolvingAgainstBaseURL: false)
        {
            let existing = components.queryItems ?? []
            components.queryItems =
                existing + [
                    URLQueryItem(name: "client_id", value: provider.clientID),
                    URLQueryItem(
                        name: "post_logout_redirect_uri",
                        value: req.application.configuration.publicURL.absoluteString + Route.signIn.path)
                ]
            page.endSession = components.url.map { (provider.name, $0.absoluteString) }
        }
        return req.page(page)
    }

    /// The sign-in page with a button per identity provider of the installation.
    static func page(_ req: Request, _ page: SignInPage) -> SignInPage {
        var page = page
        page.providers = req.application.identityProviders.providers.map { ($0.slug, $0.name) }
        return page
    }

    func signIn(_ req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let typed = form.email ?? ""
        // Every spelling of an address counts against the same limit.
        let key = EmailAddress(typed)?.value ?? typed.trimmingCharacters(in: .whitespaces).lowercased()
        let throttle = SignInThrottle(db: req.db)
        let client = req.clientAddress
        if let until = try await throttle.lockedUntil(key, client: client, now: req.now) {
            let minutes = max(1, Int((until.timeIntervalSinceNow / 60).rounded(.up)))
            let response = req.page(
                Self.page(req, SignInPage(email: typed, error: req.strings.signInLocked(minutes: minutes))),
                status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: "\(minutes * 60)")
            return response
        }
        let user = try await User.query(on: req.db).filter(\.$email == key).first()
        let hash = if let user { user.passwordHash } else { try await req.application.decoyPasswordHash(using: req) }
        let matches = try await req.passwordHashing.verify(form.password ?? "", created: hash)
        guard let user, matches else {
            try await throttle.recordFailure(key, client: client, now: req.now)
            return req.page(Self.page(req, SignInPage(email: typed, error: req.strings.signInFailed)), status: .unauthorized)
        }
        try await throttle.clear(key, client: client)
        // Checked only once the password matched, so the answer says nothing to a guesser.
        // Installation administrators keep their password: they must never be locked out.
        if !user.isAdmin, try await !SignInDomains(db: req.db).passwordAllowed(for: user.requireID()) {
            return req.page(Self.page(req, SignInPage(email: typed, error: req.strings.passwordSignInSwitchedOff)), status: .forbidden)
        }
        try await req.startSession(for: user.requireID())
        return req.redirect(to: Route.home.path)
    }

    func signOut(_ req: Request) async throws -> Response {
        let provider = req.hasSession ? req.browserSession.data[SessionKey.provider] : nil
        req.browserSession.destroy()
        // The provider's short name, so the page can link to its end-session address.
        return req.redirect(to: Route.signIn.path + "?signed-out=" + (provider ?? "1"))
    }
}
