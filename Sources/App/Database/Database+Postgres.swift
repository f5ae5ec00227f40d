import Fluent
import FluentPostgresDriver
import SQLKit

extension Database {
    /// On PostgreSQL, runs `body` on one of the pool's connections, for what only PostgreSQL's own
    /// client offers (prepared statements, COPY); nil on any other database, which then takes the
    /// general path.
    func withPostgresConnection<T: Sendable>(
        _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T
    ) async throws -> T? {
        guard let postgres = self as? any PostgresDatabase else { return nil }
        let logger = self.logger
        return try await postgres.withConnection { connection in
            connection.eventLoop.makeFutureWithTask { try await body(connection, logger) }
        }.get()
    }
}

extension Database {
    /// On PostgreSQL, gathers the planner's statistics of `tables` after many rows went in at
    /// once (a wave opened, people imported). Until autovacuum got to them, a minute or more
    /// later, the planner took the tables for their old size: right after a demo of 100,000
    /// people, listing their personal links through the API took 43 s instead of 4.8 s. A
    /// failure is logged, never the caller's: what was written is written.
    func refreshPlannerStatistics(of tables: [String]) async {
        guard self is any PostgresDatabase, !tables.isEmpty else { return }
        let names = SQLList(tables.map { SQLIdentifier($0) })
        do { try await sql.raw("ANALYZE \(names)").run() } catch {
            logger.warning("Planner statistics of \(tables) not refreshed: \(String(reflecting: error))")
        }
    }
}
