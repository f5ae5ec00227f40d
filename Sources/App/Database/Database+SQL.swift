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

extension Request {
    /// The rows of a small read on an index that every request of its kind makes (a survey link,
    /// a session and its account). On an SQLite file it is read on this thread by a connection
    /// that never waits (`SQLiteInlineReaders`): handing a lookup of tens of microseconds to a
    /// pool's thread and back cost more than the lookup. Only when SQLite is busy does the read
    /// move to the reader's thread, which may wait.
    func quickRows(_ query: SQLQueryString, limit: Int = .max) async throws -> [any SQLRow] {
        guard let file = application.veerkracht.sqliteFile else {
            return try await db.sql.raw(query).all()
        }
        do {
            return try file.inlineReaders.rows(query, limit: limit)
        } catch {
            return try await file.reader.rows(query, limit: limit)
        }
    }
}
