import Foundation
import SQLiteNIO
// The SQLite library sqlite-nio builds and links. Using that one, not a second copy, matters:
// two SQLite libraries in one process would each lose the other's file locks.
import VaporCSQLite

/// One SQLite connection that runs statements synchronously on the calling thread.
///
/// The driver runs every statement on a thread pool and hops back to an event loop, once per
/// statement and once per row; for the response writer that hopping, not SQLite, was most of a
/// group's time. This connection lets the writer run a whole group — begin, claim, inserts,
/// commit — in one go on its own thread. It is not thread-safe: one owner uses it.
final class SQLiteDirectConnection {
    struct Failure: Error, CustomStringConvertible {
        let code: Int32
        let message: String
        var description: String { "SQLite error \(code): \(message)" }
    }

    static let logSizeLimit = 64 * 1024 * 1024

    private var handle: OpaquePointer?
    /// Prepared statements by their text: the writer runs the same few again and again.
    private var prepared: [String: OpaquePointer] = [:]
    /// Set by a commit that left the log long, once `checkpointWhenAsked` was called.
    private var logIsLong = false
    private var longLog = Int32.max

    /// Opens the database file, waits up to `busyTimeout` for another connection's write lock,
    /// and commits with `synchronous = NORMAL` (see `Application.prepareDatabase` for why).
    init(path: String, busyTimeout: Duration = .seconds(10)) throws {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let opened = sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil)
        guard opened == SQLITE_OK else {
            let failure = Failure(
                code: opened, message: handle.map { String(cString: sqlite_nio_sqlite3_errmsg($0)) } ?? "cannot open \(path)")
            sqlite_nio_sqlite3_close(handle)
            throw failure
        }
        sqlite_nio_sqlite3_busy_timeout(handle, Int32(busyTimeout.components.seconds * 1_000))
        try run("PRAGMA journal_mode=WAL")
        try run("PRAGMA synchronous=NORMAL")
        // A log that grew (a full disk, a long import) is cut back to this size when it starts
        // afresh, instead of keeping its largest size on disk until a restart.
        try run("PRAGMA journal_size_limit=\(Self.logSizeLimit)")
        // A multi-row statement keeps its undo information in memory, not in a temporary file.
        try run("PRAGMA temp_store=MEMORY")
        // Freed space is overwritten: the answers a submit removes from the invitation must not
        // linger in the file beside it (the bundled SQLite does this by default; said here).
        try run("PRAGMA secure_delete=ON")
    }

    deinit {
        for statement in prepared.values { sqlite_nio_sqlite3_finalize(statement) }
        sqlite_nio_sqlite3_close_v2(handle)
    }

    /// Stops this connection from copying the log back into the database inside its commits,
    /// where every caller waiting for the commit would wait for that copy and its two trips
    /// to the disk too; `checkpointIfLong()` does it when the owner has answered them.
    /// A checkpoint on another connection would not do: while this one keeps writing, the
    /// copy never catches up with the log's end, and the log never starts afresh.
    func checkpointWhenAsked(after frames: Int32) {
        longLog = frames
        sqlite_nio_sqlite3_wal_hook(
            handle,
            { context, _, _, frames in
                let connection = Unmanaged<SQLiteDirectConnection>.fromOpaque(context!).takeUnretainedValue()
                if frames >= connection.longLog { connection.logIsLong = true }
                return SQLITE_OK
            }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// Copies the log into the database when a commit left it long; the next write then
    /// starts the log afresh.
    func checkpointIfLong() throws {
        guard logIsLong else { return }
        logIsLong = false
        try check(sqlite_nio_sqlite3_wal_checkpoint_v2(handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil))
    }

    /// Runs `body` in a transaction that holds the write lock from its start, so nothing it
    /// read can change before it writes; rolls back when `body` throws.
    func writeTransaction<T>(_ body: () throws -> T) throws -> T {
        try run("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try run("COMMIT")
            return result
        } catch {
            try? run("ROLLBACK")
            throw error
        }
    }

    func run(_ sql: String, _ binds: [SQLiteData] = []) throws {
        _ = try rows(sql, binds)
    }

    struct Row {
        let names: [String]
        let values: [SQLiteData]
        var named: [String: SQLiteData] { Dictionary(zip(names, values)) { first, _ in first } }
    }

    /// The statement's rows, at most `limit`.
    func rows(_ sql: String, _ binds: [SQLiteData] = [], limit: Int = .max) throws -> [Row] {
        let statement = try prepare(sql)
        defer {
            sqlite_nio_sqlite3_reset(statement)
            sqlite_nio_sqlite3_clear_bindings(statement)
        }
        for (offset, value) in binds.enumerated() {
            try check(bind(value, at: Int32(offset + 1), of: statement))
        }
        let columns = 0..<sqlite_nio_sqlite3_column_count(statement)
        let names = columns.map { String(cString: sqlite_nio_sqlite3_column_name(statement, $0)) }
        var rows: [Row] = []
        while rows.count < limit {
            let step = sqlite_nio_sqlite3_step(statement)
            if step == SQLITE_DONE { break }
            guard step == SQLITE_ROW else {
                try check(step)
                break
            }
            rows.append(Row(names: names, values: columns.map { column(at: $0, of: statement) }))
        }
        return rows
    }

    private func prepare(_ sql: String) throws -> OpaquePointer? {
        if let known = prepared[sql] { return known }
        var statement: OpaquePointer?
        try check(sqlite_nio_sqlite3_prepare_v2(handle, sql, -1, &statement, nil))
        // Multi-row inserts differ per group size; a few hundred statements at most.
        if prepared.count >= 500 {
            for old in prepared.values { sqlite_nio_sqlite3_finalize(old) }
            prepared = [:]
        }
        prepared[sql] = statement
        return statement
    }

    private func bind(_ value: SQLiteData, at index: Int32, of statement: OpaquePointer?) -> Int32 {
        switch value {
        case .integer(let integer): sqlite_nio_sqlite3_bind_int64(statement, index, Int64(integer))
        case .float(let double): sqlite_nio_sqlite3_bind_double(statement, index, double)
        case .text(let text):
            sqlite_nio_sqlite3_bind_text64(
                statement, index, text, UInt64(text.utf8.count),
                Self.transient, UInt8(SQLITE_UTF8))
        case .blob(let buffer):
            buffer.withUnsafeReadableBytes {
                sqlite_nio_sqlite3_bind_blob64(statement, index, $0.baseAddress, UInt64($0.count), Self.transient)
            }
        case .null: sqlite_nio_sqlite3_bind_null(statement, index)
        }
    }

    private func column(at index: Int32, of statement: OpaquePointer?) -> SQLiteData {
        switch sqlite_nio_sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: .integer(Int(sqlite_nio_sqlite3_column_int64(statement, index)))
        case SQLITE_FLOAT: .float(sqlite_nio_sqlite3_column_double(statement, index))
        case SQLITE_TEXT: .text(String(cString: sqlite_nio_sqlite3_column_text(statement, index)))
        case SQLITE_BLOB:
            .blob(
                ByteBuffer(
                    bytes: UnsafeRawBufferPointer(
                        start: sqlite_nio_sqlite3_column_blob(statement, index),
                        count: Int(sqlite_nio_sqlite3_column_bytes(statement, index)))))
        default: .null
        }
    }

    private func check(_ code: Int32) throws {
        guard code != SQLITE_OK else { return }
        throw Failure(code: code, message: String(cString: sqlite_nio_sqlite3_errmsg(handle)))
    }

    /// SQLite copies bound text and blobs before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
