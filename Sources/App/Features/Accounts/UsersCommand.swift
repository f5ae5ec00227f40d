import Fluent
import Vapor
import VeerkrachtCore

/// `veerkracht users create --email E [--admin] [--organisation NAME --role ROLE]`, for
/// scripted installations. The password comes from standard input, never from an argument,
/// so it stays out of shell history and process lists.
struct UsersCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "create")
        var action: String
        @Option(name: "email", help: "The e-mail address of the account.")
        var email: String?
        @Flag(name: "admin", help: "Make the account an installation administrator.")
        var admin: Bool
        @Option(name: "organisation", help: "Give the account access to this organisation (created if missing).")
        var organisation: String?
        @Option(name: "role", help: "advisor, manager or viewer (with --organisation).")
        var role: String?

        init() {}
    }

    var help: String { "Creates an account; reads its password from standard input." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "create" else {
            throw CommandFailure("Unknown action '\(signature.action)'; the only action is 'create'.")
        }
        guard let email = signature.email.flatMap(EmailAddress.init) else { throw CommandFailure("Give a valid --email.") }
        var membership: (name: String, role: Role)?
        if let name = signature.organisation?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
            guard let role = signature.role.flatMap(Role.init(rawValue:)) else {
                throw CommandFailure("With --organisation, give --role advisor, manager or viewer.")
            }
            membership = (name, role)
        } else if signature.role != nil {
            throw CommandFailure("--role needs --organisation.")
        }

        let app = context.application
        try await app.prepareDatabase()
        if try await User.query(on: app.db).filter(\.$email == email.value).count() > 0 {
            throw CommandFailure("An account for \(email.value) already exists.")
        }
        let password = readPassword(context)
        if let problem = PasswordPolicy.check(password) { throw CommandFailure(English().passwordProblem(problem)) }
        // An organisation of exactly this name is joined; a new one follows the page's rules,
        // so "zorggroep" is refused beside "Zorggroep" here as it is there.
        if let requested = membership {
            let names = try await Organisation.query(on: app.db).all().map(\.name)
            if !names.contains(requested.name), let problem = OrganisationProblem.problems(name: requested.name, existing: names).first {
                throw CommandFailure(English().organisationProblem(problem).message)
            }
        }
        let hash = try await app.passwordHashing.hash(password)
        let threshold = app.configuration.anonymityThreshold
        let requested = membership
        try await app.db.transaction { db in
            let user = User(email: email.value, passwordHash: hash, isAdmin: signature.admin)
            try await user.create(on: db)
            guard let membership = requested else { return }
            let organisation =
                try await Organisation.query(on: db).filter(\.$name == membership.name).first()
                ?? Organisation(name: membership.name, anonymityThreshold: threshold)
            if organisation.id == nil {
                try await organisation.create(on: db)
                context.console.print("Created organisation \(membership.name).")
            }
            try await Membership(userID: user.requireID(), organisationID: organisation.requireID(), role: membership.role).create(on: db)
        }
        context.console.print(
            "Created \(signature.admin ? "administrator" : "account") \(email.value)"
                + (membership.map { " as \($0.role.rawValue) of \($0.name)" } ?? "") + ".")
    }

    /// Asks without echo at a terminal; reads one line from a pipe.
    private func readPassword(_ context: CommandContext) -> String {
        if isatty(STDIN_FILENO) != 0 {
            context.console.output("Password: ", newLine: false)
            return context.console.input(isSecure: true)
        }
        return readLine(strippingNewline: true) ?? ""
    }
}

/// A command that cannot do what was asked, with the reason for the person at the terminal.
struct CommandFailure: Error, CustomStringConvertible, LocalizedError {
    let description: String
    init(_ description: String) { self.description = description }
    var errorDescription: String? { description }
}
