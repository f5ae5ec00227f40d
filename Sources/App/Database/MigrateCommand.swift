import Vapor

/// `veerkracht migrate`: brings the database up to date and stops, asking nothing, so scripts
/// and deployments can run it before starting servers.
struct MigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Runs the database migrations and exits." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.prepareDatabase()
        context.console.print("The database is up to date.")
    }
}
