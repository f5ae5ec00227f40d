import Vapor

/// `veerkracht backup --out FILE`: a consistent copy of the live SQLite database and its key
/// file, while servers keep running.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "out", help: "The file to write; it must not exist yet. The key goes to FILE.key.")
        var out: String?
    }

    var help: String { "Copies the SQLite database and its key file while the servers run (PostgreSQL: use pg_dump)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let out = signature.out else { throw DatabaseBackup.Failure(description: "Usage: veerkracht backup --out <file>") }
        let database = try sqliteFile(context.application)
        let summary = try await context.application.threadPool.runIfActive { try DatabaseBackup.backup(database: database, to: out) }
        let key =
            FileManager.default.fileExists(atPath: DatabaseBackup.keyFile(of: out))
            ? "and the key file beside it" : "(the key comes from SECRET_KEY: keep that with the backup)"
        context.console.print("Wrote \(out) (\(summary.bytes / 1_000_000) MB in \(String(format: "%.1f", summary.seconds)) s) \(key).")
    }
}

/// `veerkracht restore --from FILE [--replace] [--force]`: checks a backup and puts it in place
/// of the configured SQLite database. Stop the servers first.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "from", help: "The backup file (its key is read from FILE.key).")
        var from: String?
        @Flag(name: "replace", help: "Replace an existing database.")
        var replace: Bool
        @Flag(name: "force", help: "Replace even though a log file suggests a server is running (after a crash).")
        var force: Bool
    }

    var help: String { "Checks a backup and puts it in place of the SQLite database; stop the servers first." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let from = signature.from else {
            throw DatabaseBackup.Failure(description: "Usage: veerkracht restore --from <file> [--replace]")
        }
        let database = try sqliteFile(context.application)
        try await context.application.threadPool.runIfActive {
            try DatabaseBackup.restore(from: from, to: database, replace: signature.replace, force: signature.force)
        }
        context.console.print("Restored \(from) to \(database). Start the servers again.")
    }
}

private func sqliteFile(_ app: Application) throws -> String {
    guard case .sqliteFile(let path) = app.configuration.database else {
        throw DatabaseBackup.Failure(
            description: "DATABASE_URL is not an SQLite file. For PostgreSQL use pg_dump and pg_restore (see the README).")
    }
    return path
}
