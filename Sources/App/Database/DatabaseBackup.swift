import Foundation
import SQLiteNIO

/// A consistent copy of a live SQLite database with its key file, and putting one back.
///
/// `VACUUM INTO` writes the database as one read transaction sees it, so writers go on while
/// it runs and the copy holds every response committed before it began. The key file goes
/// along: without it, survey links and reset links made before cannot be checked again.
/// PostgreSQL installations use `pg_dump` (see the README).
enum DatabaseBackup {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    struct Summary: Sendable {
        let bytes: Int
        let seconds: Double
    }

    static func keyFile(of database: String) -> String { database + ".key" }

    /// Copies `database` (and its key file) to `target`, which must not exist yet.
    static func backup(database: String, to target: String) throws -> Summary {
        let files = FileManager.default
        guard !files.fileExists(atPath: target) else { throw Failure(description: "\(target) exists already; choose a new file name.") }
        guard files.fileExists(atPath: database) else { throw Failure(description: "There is no database at \(database).") }
        let started = ContinuousClock.now
        let connection = try SQLiteDirectConnection(path: database)
        try connection.run("VACUUM INTO ?", [.text(target)])
        if files.fileExists(atPath: keyFile(of: database)) {
            try copyPrivately(keyFile(of: database), to: keyFile(of: target))
        }
        return Summary(bytes: size(of: target), seconds: (ContinuousClock.now - started).seconds)
    }

    /// Puts the backup at `source` in place of `database`, after checking it is whole and a
    /// Veerkracht database. Servers on `database` must be stopped: a log file beside it means
    /// one may still be running (or stopped hard), and then nothing is replaced unless `force`.
    static func restore(from source: String, to database: String, replace: Bool, force: Bool) throws {
        let files = FileManager.default
        guard files.fileExists(atPath: source) else { throw Failure(description: "There is no backup at \(source).") }
        if files.fileExists(atPath: database) && !replace {
            throw Failure(description: "\(database) exists. Stop the servers and run again with --replace to put the backup in its place.")
        }
        let log = database + "-wal"
        if size(of: log) > 0, !force {
            throw Failure(
                description:
                    "\(log) is not empty: a server may still be running on \(database). Stop it first (or use --force after a crash).")
        }
        let staging = database + ".restoring"
        for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: staging + suffix) }
        try files.copyItem(atPath: source, toPath: staging)
        do {
            try check(staging)
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: staging + suffix) }
            throw error
        }
        for suffix in ["-wal", "-shm"] { try? files.removeItem(atPath: database + suffix) }
        guard rename(staging, database) == 0 else { throw Failure(description: "Cannot move the restored database to \(database).") }
        if files.fileExists(atPath: keyFile(of: source)) {
            try? files.removeItem(atPath: keyFile(of: database))
            try copyPrivately(keyFile(of: source), to: keyFile(of: database))
        }
    }

    /// The file passes SQLite's own integrity check and holds Veerkracht's migrations.
    static func check(_ path: String) throws {
        let connection = try SQLiteDirectConnection(path: path)
        let integrity = try connection.rows("PRAGMA integrity_check").first?.values.first
        guard case .text("ok") = integrity else {
            throw Failure(description: "\(path) is damaged: SQLite's integrity check says \(integrity.map { "\($0)" } ?? "nothing").")
        }
        let migrations = try connection.rows("SELECT COUNT(*) FROM sqlite_master WHERE name = '_fluent_migrations'").first?.values.first
        guard case .integer(1) = migrations else { throw Failure(description: "\(path) is not a Veerkracht database.") }
    }

    private static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    private static func copyPrivately(_ source: String, to target: String) throws {
        try FileManager.default.copyItem(atPath: source, toPath: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target)
    }
}
