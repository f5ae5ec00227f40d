import Fluent
import Vapor
import VeerkrachtCore

/// A signed-in person's own account: a new password, and ending every session at once.
struct AccountController {
    struct PasswordForm: Content {
        var current: String?
        var password: String?
        var confirmation: String?
    }

    func show(_ req: Request) async throws -> Response {
        _ = try req.requireUser()
        return req.page(AccountPage(notice: req.query[String.self, at: "changed"] != nil ? req.strings.passwordChanged : nil))
    }

    /// The current password proves it is the owner at the keyboard; the new one follows the
    /// policy. Every other session ends, and this browser gets a fresh one.
    func changePassword(_ req: Request) async throws -> Response {
        let signedIn = try req.requireUser()
        let form = try req.content.decode(PasswordForm.self)
        guard let user = try await User.find(signedIn.id, on: req.db) else { throw AppError.signInRequired }
        guard try await req.password.async.verify(form.current ?? "", created: user.passwordHash) else {
            return req.page(AccountPage(error: req.strings.currentPasswordWrong), status: .unprocessableEntity)
        }
        let password = form.password ?? ""
        if let problem = PasswordPolicy.check(password, confirmation: form.confirmation ?? "") {
            return req.page(AccountPage(error: req.strings.passwordProblem(problem)), status: .unprocessableEntity)
        }
        user.passwordHash = try await req.password.async.hash(password)
        user.sessionGeneration += 1
        try await user.save(on: req.db)
        try await req.startSession(for: signedIn.id)
        return req.redirect(to: Route.accountPassword.path + "?changed=1")
    }

    /// Ends every session of the account, this one included: for a lost phone or a browser
    /// left signed in somewhere.
    func signOutEverywhere(_ req: Request) async throws -> Response {
        let signedIn = try req.requireUser()
        guard let user = try await User.find(signedIn.id, on: req.db) else { throw AppError.signInRequired }
        user.sessionGeneration += 1
        try await user.save(on: req.db)
        req.session.destroy()
        return req.redirect(to: Route.signIn.path + "?signed-out=1")
    }
}
