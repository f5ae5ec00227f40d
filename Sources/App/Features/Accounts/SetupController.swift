import Fluent
import Vapor
import VeerkrachtCore

/// Creates the first installation administrator, guarded by the code `serve` printed.
struct SetupController {
    struct Form: Content {
        var code: String?
        var email: String?
        var password: String?
        var confirmation: String?
    }

    func show(_ req: Request) async throws -> Response {
        if try await req.application.accountsExist(on: req.db) { return req.redirect(to: Route.signIn.path) }
        return req.page(SetupPage(codeIssued: try await SetupCodes(db: req.db).isIssued(now: req.now)))
    }

    func create(_ req: Request) async throws -> Response {
        if try await req.application.accountsExist(on: req.db) { return req.redirect(to: Route.signIn.path) }
        let form = try req.content.decode(Form.self)
        let s = req.strings
        var page = SetupPage(email: form.email ?? "", codeIssued: try await SetupCodes(db: req.db).isIssued(now: req.now))
        guard let email = EmailAddress(form.email ?? "") else {
            page.error = s.invalidEmail
            return req.page(page, status: .unprocessableEntity)
        }
        let password = form.password ?? ""
        if let problem = PasswordPolicy.check(password, confirmation: form.confirmation ?? "") {
            page.error = s.passwordProblem(problem)
            return req.page(page, status: .unprocessableEntity)
        }
        let hash = try await req.passwordHashing.hash(password)
        let created = try await SetupCodes(db: req.db).consume(form.code ?? "", now: req.now) { db in
            let user = User(email: email.value, passwordHash: hash, isAdmin: true)
            try await user.create(on: db)
            return try user.requireID()
        }
        guard let userID = created else {
            page.error = s.setupWrongCode
            return req.page(page, status: .forbidden)
        }
        req.logger.notice("Installation administrator \(email.value) created; the setup code is used up.")
        try await req.startSession(for: userID)
        return req.redirect(to: Route.home.path)
    }
}
