import Vapor

extension Application {
    /// What `serve` does before it listens: bring the database up to date and, while no
    /// account exists, issue the setup code and print it where only the operator sees it.
    public func prepareToServe() async throws {
        try await prepareDatabase()
        lifecycle.use(OutboxLifecycle())
        lifecycle.use(RetentionLifecycle())
        lifecycle.use(CacheWarming())
        lifecycle.use(ClosedWaveCellsLifecycle())
        guard try await !accountsExist(on: db) else { return }
        let code = SetupCodes.generate()
        try await SetupCodes(db: db).issue(code, now: clock.now())
        let url = configuration.publicURL.absoluteString + Route.setup.path
        logger.notice(
            "No account exists yet. Open \(url) and enter the setup code \(code) to create the administrator; it works for 24 hours.")
    }

    /// Whether the command line asks for `serve` (Vapor's default command).
    public static func isServe(_ arguments: [String]) -> Bool {
        // Asking for help starts nothing, whatever else is on the line.
        if arguments.dropFirst().contains(where: { $0 == "--help" || $0 == "-h" }) { return false }
        guard let command = arguments.dropFirst().first else { return true }
        return command == "serve" || command.hasPrefix("-")
    }
}
