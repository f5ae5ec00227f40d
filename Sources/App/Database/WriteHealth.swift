import Foundation
import NIOConcurrencyHelpers
import SQLiteNIO
import VaporCSQLite

#if canImport(Glibc)
    import Glibc
#endif

/// Whether the database can take writes. A full disk lets every read through, so a health
/// check that only reads says all is well while every submit fails. Writes that fail because
/// the disk is full mark the database; `/healthz` then answers 503 and, on each call, tries a
/// small write after copying the log back into the database and truncating it: once space is
/// back, that write succeeds and the mark goes, without a restart.
final class WriteHealth: Sendable {
    private let failingSince = NIOLockedValueBox<Date?>(nil)

    var isFailing: Bool { failingSince.withLockedValue { $0 != nil } }

    func record(_ error: any Error) {
        guard Self.meansDiskFull(error) else { return }
        // The system time: an operator reads it in the logs, whatever clock a test set.
        failingSince.withLockedValue { $0 = $0 ?? Date() }
    }

    func recordSuccess() {
        failingSince.withLockedValue { $0 = nil }
    }

    static func meansDiskFull(_ error: any Error) -> Bool {
        if let failure = error as? SQLiteDirectConnection.Failure { return failure.code & 0xFF == SQLITE_FULL }
        if let failure = error as? SQLiteError { return failure.reason == .full }
        return false
    }

    /// Below this much free space beside the database, writes are not trusted to work: the
    /// probe's own page can fit where a scan's answers do not.
    static let minimumFreeBytes = 1_000_000

    /// Empties the log as far as readers allow and makes it small again, checks the disk has
    /// room, then writes one page.
    static func probe(on connection: SQLiteDirectConnection, databasePath: String) throws {
        try? connection.run("PRAGMA wal_checkpoint(TRUNCATE)")
        let free = freeBytes(beside: databasePath)
        guard free >= minimumFreeBytes else { throw NoRoom(freeBytes: free) }
        try connection.writeTransaction {
            guard case .integer(let version)? = try connection.rows("PRAGMA user_version").first?.values.first else { return }
            // The header's user version is Veerkracht's to use: changing it writes one page.
            try connection.run("PRAGMA user_version = \((version + 1) % 1_000_000)")
        }
    }

    struct NoRoom: Error, CustomStringConvertible {
        let freeBytes: Int
        var description: String { "only \(freeBytes) bytes free beside the database" }
    }

    static func freeBytes(beside path: String) -> Int {
        var stats = statvfs()
        let directory = folder(ofFile: path)
        guard statvfs(directory.isEmpty ? "." : directory, &stats) == 0 else { return Int.max }
        return Int(stats.f_bavail) * Int(stats.f_frsize)
    }
}
