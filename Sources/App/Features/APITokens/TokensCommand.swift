import Fluent
import Vapor
import VeerkrachtCore

/// `veerkracht tokens create --email E --organisation NAME [--role ROLE] [--name NAME]`: a
/// personal API token for scripted set-ups (CI, a first integration). It prints the token
/// once; the database keeps only its hash, as when it is made on the page.
struct TokensCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "create")
        var action: String
        @Option(name: "email", help: "The account the token belongs to.")
        var email: String?
        @Option(name: "organisation", help: "The organisation's id or exact name.")
        var organisation: String?
        @Option(name: "role", help: "viewer, manager or advisor; at most the account's role (default: that role).")
        var role: String?
        @Option(name: "name", help: "What the token is for (default: command line).")
        var name: String?

        init() {}
    }

    var help: String { "Makes a personal API token and prints it once." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "create" else {
            throw CommandFailure("Unknown action '\(signature.action)'; the only action is 'create'.")
        }
        guard let email = signature.email.flatMap(EmailAddress.init), let reference = signature.organisation else {
            throw CommandFailure("Give --email and --organisation.")
        }
        let app = context.application
        try await app.prepareDatabase()
        guard let user = try await User.query(on: app.db).filter(\.$email == email.value).first() else {
            throw CommandFailure("No account for \(email.value).")
        }
        let organisation = try await ReportCommand.organisation(reference, on: app.db)
        guard
            let membership = try await Membership.query(on: app.db).filter(\.$user.$id == user.requireID())
                .filter(\.$organisation.$id == organisation.requireID()).first()
        else {
            throw CommandFailure("\(email.value) is not a member of \(organisation.name).")
        }
        let role =
            try signature.role.map { text in
                guard let role = Role(rawValue: text) else { throw CommandFailure("--role must be viewer, manager or advisor.") }
                return role
            } ?? membership.role
        guard role <= membership.role else {
            throw CommandFailure("A token cannot be allowed more than its account (\(membership.role.rawValue)).")
        }
        let name = signature.name ?? "command line"
        guard TokenNameProblem.problems(name).isEmpty else { throw CommandFailure(English().tokenNameMissing) }
        let token = try await APITokenStore(db: app.db).create(
            user: try user.requireID(), organisation: try organisation.requireID(),
            name: name.trimmingCharacters(in: .whitespacesAndNewlines), role: role)
        context.console.print(
            "Token for \(organisation.name) (\(try organisation.requireID().uuidString)), role \(role.rawValue); shown only now:")
        context.console.print(token)
    }
}
