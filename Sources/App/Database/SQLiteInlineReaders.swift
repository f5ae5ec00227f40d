import NIOConcurrencyHelpers
import SQLKit

/// Connections that read on the caller's own thread, for the one read every scan page makes:
/// its link. A link is a lookup on an index, tens of microseconds; handing it to a thread of
/// its own and back cost two thread wake-ups per request, more than the read. On a write-ahead
/// log a read never waits for the writer, and these connections do not wait at all: when
/// SQLite is busy (rare: another connection is recovering the log after a crash) `first`
/// throws at once, and the caller reads on the reader's thread instead, which may wait.
final class SQLiteInlineReaders: Sendable {
    /// A connection is used by one caller at a time; the lock hands it from one to the next.
    // Unchecked: an idle connection is owned by the lock that holds it; one caller at a time takes it out.
    private struct Idle: @unchecked Sendable { let connection: SQLiteDirectConnection }

    private let path: String
    private let idle = NIOLockedValueBox((connections: [Idle](), closed: false))

    init(path: String) {
        self.path = path
    }

    /// The rows of `query`, at most `limit`, read as the driver would read them.
    func rows(_ query: any SQLExpression, limit: Int = .max) throws -> [any SQLRow] {
        let statement = try SQLiteConnectionThread.statement(query)
        let connection = try take()
        defer { giveBack(connection) }
        return try connection.rows(statement.sql, statement.binds, limit: limit).map(DirectRow.init)
    }

    struct Closed: Error {}

    /// Closes the idle connections, and opens no new ones; one in use closes when it is given back.
    func close() {
        idle.withLockedValue { idle in
            idle.connections = []
            idle.closed = true
        }
    }

    private func take() throws -> SQLiteDirectConnection {
        let (known, closed) = idle.withLockedValue { ($0.connections.popLast(), $0.closed) }
        if let known { return known.connection }
        if closed { throw Closed() }
        return try SQLiteDirectConnection(path: path, busyTimeout: .zero)
    }

    private func giveBack(_ connection: SQLiteDirectConnection) {
        let kept = Idle(connection: connection)
        idle.withLockedValue { idle in
            if !idle.closed { idle.connections.append(kept) }
        }
    }
}
