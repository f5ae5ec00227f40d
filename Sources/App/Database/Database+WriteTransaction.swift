import Fluent
import SQLKit

extension Database {
    /// A transaction that reads and then writes. On SQLite it takes the write lock at the
    /// start (BEGIN IMMEDIATE): a deferred transaction that read first cannot take the lock
    /// once another connection has written since (SQLITE_BUSY_SNAPSHOT, which no waiting
    /// cures), so a people import beside submitted scans would fail. The driver's busy
    /// handler makes BEGIN IMMEDIATE wait for the lock instead. PostgreSQL's own
    /// transactions need nothing of the kind.
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite" else { return try await transaction(body) }
        return try await withConnection { connection in
            let sql = connection.sql
            try await sql.raw("BEGIN IMMEDIATE").run()
            do {
                let result = try await body(connection)
                try await sql.raw("COMMIT").run()
                return result
            } catch {
                try? await sql.raw("ROLLBACK").run()
                throw error
            }
        }
    }
}
