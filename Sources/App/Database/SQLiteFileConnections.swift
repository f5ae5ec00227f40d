import Vapor

/// The connections Veerkracht keeps beside the driver's pool on an SQLite file, for the one path
/// that must be fast: answering a scan. Survey links are read on the request's own thread
/// (`inlineReaders`), or on the reader's thread when that read cannot go ahead at once. The
/// writer has a thread of its own: it writes submitted responses in groups and copies the
/// write-ahead log back into the database after it has answered a group, not inside the commit
/// its callers wait for.
final class SQLiteFileConnections: Sendable {
    let inlineReaders: SQLiteInlineReaders
    let reader: SQLiteConnectionThread
    let writer: SQLiteConnectionThread
    /// When to copy the log back: ten times SQLite's default (a log of about 40 MB). A copy
    /// then holds up fewer than one submit in a hundred, and pages written again and again
    /// between copies are copied once.
    static let checkpointAfterFrames: Int32 = 10_000

    init(path: String) {
        inlineReaders = SQLiteInlineReaders(path: path)
        reader = SQLiteConnectionThread(path: path)
        writer = SQLiteConnectionThread(path: path) { $0.checkpointWhenAsked(after: Self.checkpointAfterFrames) }
    }

    func close() async {
        inlineReaders.close()
        for thread in [reader, writer] { await thread.close() }
    }
}

/// Closes the threads and connections of `SQLiteFileConnections` when the application stops.
struct SQLiteFileConnectionsShutdown: LifecycleHandler {
    func shutdownAsync(_ app: Application) async {
        await app.veerkracht.sqliteFile?.close()
    }
}
