import Fluent
import FluentPostgresDriver

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
