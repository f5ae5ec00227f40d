import Fluent
import SQLKit
import Vapor

extension Database {
    /// The database as SQL. Every database this application configures (SQLite and PostgreSQL)
    /// speaks SQL, but Fluent's protocol does not say so: the one cast lives here instead of in
    /// every store, and it can only fail if a driver without SQL were ever configured.
    var sql: any SQLDatabase {
        guard let sql = self as? any SQLDatabase else {
            preconditionFailure("Veerkracht configures only SQL databases; \(type(of: self)) is not one.")
        }
        return sql
    }
}

/// Where the small reads a kept page's key is made of go (a revision, rows as text): on an
/// SQLite file the request's own thread, through statements each of those connections
/// prepared once (`Request.quickRows`); otherwise the pool. A kept page's visit made four to
/// seven such reads, each prepared anew and handed to the pool's thread and back, which was
/// most of what such a visit cost (perf, a closed wave's page at 100,000 respondents).
struct KeyReads: Sendable {
    private let read: @Sendable (any SQLExpression) async throws -> [any SQLRow]
    /// The database's function that makes a JSON array of its arguments (`RowTexts`): the two
    /// databases spell it differently.
    let jsonArray: String

    /// Through the pool of `sql`.
    init(_ sql: any SQLDatabase) {
        read = { try await sql.raw("\($0)").all() }
        jsonArray = sql.dialect.name == "postgresql" ? Self.postgresJSONArray : Self.sqliteJSONArray
    }

    fileprivate init(onPostgres: Bool, _ read: @escaping @Sendable (any SQLExpression) async throws -> [any SQLRow]) {
        self.read = read
        jsonArray = onPostgres ? Self.postgresJSONArray : Self.sqliteJSONArray
    }

    private static let postgresJSONArray = "json_build_array"
    private static let sqliteJSONArray = "json_array"

    func rows(_ query: any SQLExpression) async throws -> [any SQLRow] { try await read(query) }
}

extension Request {
    /// The small reads of a kept page's key, on this request's thread where it can.
    var keyReads: KeyReads {
        KeyReads(onPostgres: application.veerkracht.postgresByLoop != nil) { [self] in try await quickRows(expression: $0, limit: .max) }
    }

    /// The rows of a small read on an index that every request of its kind makes (a survey link,
    /// a session and its account). On an SQLite file it is read on this thread by a connection
    /// that never waits (`SQLiteInlineReaders`): handing a lookup of tens of microseconds to a
    /// pool's thread and back cost more than the lookup. Only when SQLite is busy does the read
    /// move to the reader's thread, which may wait.
    func quickRows(_ query: SQLQueryString, limit: Int = .max) async throws -> [any SQLRow] {
        try await quickRows(expression: query, limit: limit)
    }

    private func quickRows(expression query: any SQLExpression, limit: Int) async throws -> [any SQLRow] {
        guard let file = application.veerkracht.sqliteFile else {
            // On PostgreSQL the loop's database made at start: `req.db` makes one on every call.
            let db = application.veerkracht.postgresByLoop?.shared(on: eventLoop) ?? self.db
            return try await db.sql.raw("\(query)").all()
        }
        do {
            return try file.inlineReaders.rows(query, limit: limit)
        } catch {
            return try await file.reader.rows(query, limit: limit)
        }
    }
}
