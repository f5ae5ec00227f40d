import Foundation
import NIOPosix
import SQLKit
import SQLiteKit

/// An SQLite connection with a thread of its own: work given to it runs there, one job at a
/// time, and may use the connection synchronously. Reaching it costs one hop there and one
/// back, however many statements a job runs. The connection opens on first use.
// Unchecked: the connection is touched only on this object's own thread; other threads only enqueue jobs.
final class SQLiteConnectionThread: @unchecked Sendable {
    // Touched only on `thread`.
    private var connection: SQLiteDirectConnection?
    private let path: String
    private let prepare: @Sendable (SQLiteDirectConnection) -> Void
    private let thread = NIOThreadPool(numberOfThreads: 1)
    private static let encoder = SQLiteDataEncoder()

    /// `prepare` runs once on the new connection, before its first job.
    init(path: String, prepare: @escaping @Sendable (SQLiteDirectConnection) -> Void = { _ in }) {
        self.path = path
        self.prepare = prepare
        thread.start()
    }

    func run<T: Sendable>(_ job: @escaping @Sendable (SQLiteDirectConnection) throws -> T) async throws -> T {
        try await thread.runIfActive { [self] in try job(try open()) }
    }

    /// Runs `job` later without waiting for it; it is told when the connection cannot open,
    /// or when the thread has stopped already.
    func submit(_ job: @escaping @Sendable (Result<SQLiteDirectConnection, any Error>) -> Void) {
        thread.submit { [self] state in
            guard state == .active else { return job(.failure(NIOThreadPoolError.ThreadPoolInactive())) }
            job(Result { try open() })
        }
    }

    /// The rows of `query`, at most `limit`, read as the driver would read them.
    func rows(_ query: any SQLExpression, limit: Int = .max) async throws -> [any SQLRow] {
        let statement = try Self.statement(query)
        return try await run { connection in
            try connection.rows(statement.sql, statement.binds, limit: limit).map(DirectRow.init)
        }
    }

    func close() async {
        try? await thread.runIfActive { [self] in connection = nil }
        try? await thread.shutdownGracefully()
    }

    /// A statement as SQL text and SQLite values, as the driver would spell them.
    static func statement(_ expression: any SQLExpression) throws -> (sql: String, binds: [SQLiteData]) {
        if let insert = expression as? RowsInsert { return try insert.sqlite(encoder: encoder) }
        let (sql, binds) = SQLiteSpelling.shared.serialize(expression)
        return (sql, try binds.map { try encoder.encodeQuickly($0) })
    }

    private func open() throws -> SQLiteDirectConnection {
        if let connection { return connection }
        let opened = try SQLiteDirectConnection(path: path)
        prepare(opened)
        connection = opened
        return opened
    }
}

/// A row read by a direct connection, decoded as the driver's rows are.
struct DirectRow: SQLRow {
    let values: [String: SQLiteData]
    private static let decoder = SQLiteDataDecoder()

    init(_ row: SQLiteDirectConnection.Row) { values = row.named }

    var allColumns: [String] { Array(values.keys) }
    func contains(column: String) -> Bool { values[column] != nil }
    func decodeNil(column: String) throws -> Bool { (values[column] ?? .null) == .null }
    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        let value = values[column] ?? .null
        return try Self.quickly(value, as: D.self) ?? Self.decoder.decode(D.self, from: value)
    }

    /// Ids, text, whole numbers and moments as the driver decodes them, without `Codable`:
    /// a link's row has fifteen columns, and the general path took a microsecond for an id.
    private static func quickly<D>(_ value: SQLiteData, as type: D.Type) -> D? {
        switch value {
        case .text(let text):
            if D.self == String.self { return (text as! D) }
            if D.self == String?.self { return (Optional(text) as! D) }
            if D.self == UUID.self, let id = UUID(text: text) { return (id as! D) }
        case .integer(let number):
            if D.self == Int.self { return (number as! D) }
            if D.self == Int?.self { return (Optional(number) as! D) }
        case .float:
            if D.self == Date.self, let moment = Date(sqliteData: value) { return (moment as! D) }
        case .null:
            if D.self == String?.self { return (String?.none as! D) }
            if D.self == Int?.self { return (Int?.none as! D) }
        case .blob:
            break
        }
        return nil
    }
}
