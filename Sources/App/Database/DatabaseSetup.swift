import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

extension Application {
    /// Registers the configured database. PostgreSQL tests pass a schema so each test owns its
    /// tables and the suite still runs in parallel.
    func useDatabase(_ location: AppConfiguration.DatabaseLocation) throws {
        switch location {
        case .sqliteMemory:
            databases.use(.sqlite(.memory), as: .sqlite)
        case .sqliteFile(let path):
            databases.use(.sqlite(.file(path)), as: .sqlite)
        case .postgres(let url, let schema):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema { configuration.searchPath = [schema] }
            databases.use(.postgres(configuration: configuration, maxConnectionsPerEventLoop: 4,
                                    sqlLogLevel: .debug), as: .psql)
        }
    }

    /// Brings the schema up to date. On an SQLite file it first turns on write-ahead logging,
    /// so readers never wait for the writer.
    func prepareDatabase() async throws {
        let sql = db as! any SQLDatabase
        switch configuration.database {
        case .sqliteFile:
            try await sql.raw("PRAGMA journal_mode=WAL").run()
        case .postgres(_, let schema?):
            try await sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
        default:
            break
        }
        try await autoMigrate()
    }

    /// Whether the database answers a trivial query.
    func databaseAnswers() async -> Bool {
        do {
            try await (db as! any SQLDatabase).raw("SELECT 1").run()
            return true
        } catch {
            return false
        }
    }
}
