import Fluent
import SQLKit
import Vapor
import VeerkrachtCore

/// A person's own account: a new password (signed in, or by a link mailed to them), and
/// ending every session at once.
struct AccountController {
    /// At most this many reset mails per address per hour: enough for a typo and a retry, too
    /// few to fill someone's inbox.
    static let resetsPerHour = 3

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
        guard try await req.passwordHashing.verify(form.current ?? "", created: user.passwordHash) else {
            return req.page(AccountPage(error: req.strings.currentPasswordWrong), status: .unprocessableEntity)
        }
        let password = form.password ?? ""
        if let problem = PasswordPolicy.check(password, confirmation: form.confirmation ?? "") {
            return req.page(AccountPage(error: req.strings.passwordProblem(problem)), status: .unprocessableEntity)
        }
        user.passwordHash = try await req.passwordHashing.hash(password)
        user.sessionGeneration += 1
        try await user.save(on: req.db)
        try await req.audit(.passwordChanged, user.email, organisation: nil)
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
        try await req.audit(.signedOutEverywhere, user.email, organisation: nil)
        req.browserSession.destroy()
        return req.redirect(to: Route.signIn.path + "?signed-out=1")
    }

    // MARK: - Reset by e-mail

    struct ResetRequestForm: Content {
        var email: String?
    }

    func showResetRequest(_ req: Request) async throws -> Response {
        req.page(PasswordResetRequestPage())
    }

    /// Answers the same whether or not the address has an account, so the page tells nobody
    /// who works here. A known address gets a reset row, which the outbox mails.
    func requestReset(_ req: Request) async throws -> Response {
        let form = try req.content.decode(ResetRequestForm.self)
        let typed = form.email ?? ""
        guard let email = EmailAddress(typed) else {
            return req.page(PasswordResetRequestPage(email: typed, error: req.strings.invalidEmail), status: .unprocessableEntity)
        }
        let now = req.now
        if let user = try await User.query(on: req.db).filter(\.$email == email.value).first() {
            let userID = try user.requireID()
            let recent = try await PasswordReset.query(on: req.db).filter(\.$userID == userID)
                .filter(\.$createdAt > now.addingTimeInterval(-3600)).count()
            if recent < Self.resetsPerHour {
                try await PasswordReset(userID: userID, now: now).create(on: req.db)
            }
            if req.application.configuration.mail == nil {
                req.logger.warning("A password reset was asked for, but no MAIL_COMMAND is set, so it cannot be mailed")
            }
        }
        return req.page(PasswordResetRequestPage(notice: req.strings.passwordResetSent(minutes: Int(PasswordReset.lifetime / 60))))
    }

    func showReset(_ req: Request) async throws -> Response {
        guard try await usableReset(req) != nil else {
            return req.page(PasswordResetPage(token: nil, error: req.strings.passwordResetLinkInvalid), status: .notFound)
        }
        return req.page(PasswordResetPage(token: try req.parameters.require("token")))
    }

    /// Sets the new password once: the link is used up, every other reset of the account too,
    /// and every session of the account ends. The person then signs in with it.
    func reset(_ req: Request) async throws -> Response {
        guard let reset = try await usableReset(req) else {
            return req.page(PasswordResetPage(token: nil, error: req.strings.passwordResetLinkInvalid), status: .notFound)
        }
        let token = try req.parameters.require("token")
        let form = try req.content.decode(PasswordForm.self)
        let password = form.password ?? ""
        if let problem = PasswordPolicy.check(password, confirmation: form.confirmation ?? "") {
            return req.page(PasswordResetPage(token: token, error: req.strings.passwordProblem(problem)), status: .unprocessableEntity)
        }
        let hash = try await req.passwordHashing.hash(password)
        let now = req.now
        let used = try await req.db.writeTransaction { db -> Bool in
            // Claimed inside the transaction, so two posts of the same link cannot both win.
            let claimed = try await db.sql.raw(
                """
                UPDATE password_resets SET used_at = \(bind: now) WHERE id = \(bind: try reset.requireID()) AND used_at IS NULL RETURNING id
                """
            ).all()
            guard claimed.count == 1, let user = try await User.find(reset.userID, on: db) else { return false }
            user.passwordHash = hash
            user.sessionGeneration += 1
            try await user.save(on: db)
            try await PasswordReset.query(on: db).filter(\.$userID == reset.userID).filter(\.$usedAt == nil)
                .set(\.$usedAt, to: now).update()
            try await SignInThrottle(db: db).clearAll(user.email)
            return true
        }
        guard used else { return req.page(PasswordResetPage(token: nil, error: req.strings.passwordResetLinkInvalid), status: .notFound) }
        if req.hasSession { req.browserSession.destroy() }
        return req.redirect(to: Route.signIn.path + "?reset=1")
    }

    private func usableReset(_ req: Request) async throws -> PasswordReset? {
        guard let token = req.parameters.get("token"), let id = req.application.passwordResetLinks.reset(in: token),
            let reset = try await PasswordReset.find(id, on: req.db), reset.usedAt == nil, reset.expiresAt > req.now
        else { return nil }
        return reset
    }
}
