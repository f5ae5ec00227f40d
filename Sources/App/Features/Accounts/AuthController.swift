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
        let notice =
            req.query[String.self, at: "signed-out"] != nil
            ? req.strings.signedOut
            : req.query[String.self, at: "reset"] != nil ? req.strings.passwordResetDone : nil
        return req.page(SignInPage(notice: notice))
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
                SignInPage(email: typed, error: req.strings.signInLocked(minutes: minutes)),
                status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: "\(minutes * 60)")
            return response
        }
        let user = try await User.query(on: req.db).filter(\.$email == key).first()
        let hash = if let user { user.passwordHash } else { try await req.application.decoyPasswordHash(using: req) }
        let matches = try await req.password.async.verify(form.password ?? "", created: hash)
        guard let user, matches else {
            try await throttle.recordFailure(key, client: client, now: req.now)
            return req.page(SignInPage(email: typed, error: req.strings.signInFailed), status: .unauthorized)
        }
        try await throttle.clear(key, client: client)
        try await req.startSession(for: user.requireID())
        return req.redirect(to: Route.home.path)
    }

    func signOut(_ req: Request) async throws -> Response {
        req.session.destroy()
        return req.redirect(to: Route.signIn.path + "?signed-out=1")
    }
}
