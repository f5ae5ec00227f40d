import NIOConcurrencyHelpers
import Vapor

/// The connections Veerkracht keeps beside the driver's pool on an SQLite file, each on a
/// thread of its own, for the one path that must be fast: answering a scan. One reads survey
/// links, one writes submitted responses in groups, and one copies the write-ahead log back
/// into the database now and then, so that no submit waits for the disk meanwhile.
final class SQLiteFileConnections: Sendable {
    let reader: SQLiteConnectionThread
    let writer: SQLiteConnectionThread
    private let checkpointer: SQLiteConnectionThread
    private let checkpointing = NIOLockedValueBox(false)
    /// SQLite's own default for when to copy the log back.
    static let checkpointAfterFrames = 1_000

    init(path: String) {
        reader = SQLiteConnectionThread(path: path)
        writer = SQLiteConnectionThread(path: path) { $0.checkpointElsewhere() }
        checkpointer = SQLiteConnectionThread(path: path)
    }

    /// Called by the writer after a commit; starts one checkpoint at a time when the log is
    /// long. A failed checkpoint is simply tried again after a later commit.
    func checkpointIfLong(after writer: SQLiteDirectConnection) {
        guard writer.logFrames >= Self.checkpointAfterFrames,
              !checkpointing.withLockedValue({ running in defer { running = true }; return running }) else { return }
        checkpointer.submit { [checkpointing] connection in
            defer { checkpointing.withLockedValue { $0 = false } }
            try? connection.get().checkpoint()
        }
    }

    func close() async {
        for thread in [reader, writer, checkpointer] { await thread.close() }
    }
}

/// Closes the threads and connections of `SQLiteFileConnections` when the application stops.
struct SQLiteFileConnectionsShutdown: LifecycleHandler {
    func shutdownAsync(_ app: Application) async {
        await app.veerkracht.sqliteFile?.close()
    }
}
