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
            // A second pool on the same file for work that holds a connection for seconds (a
            // 200,000-row import): the driver keeps one connection per event loop, and every
            // other request on that loop would wait for it.
            databases.use(.sqlite(.file(path)), as: .longWork, isDefault: false)
        case .postgres(let url, let schema):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema { configuration.searchPath = [schema] }
            databases.use(
                .postgres(
                    configuration: configuration, maxConnectionsPerEventLoop: 4,
                    sqlLogLevel: .debug), as: .psql)
            // The submission writer's own connections, one per loop (it writes one group at a
            // time), ask PostgreSQL to keep one plan for the group's prepared statement, whatever
            // the length of its arrays. With the default a connection whose first groups had been
            // small (a quiet server: one submit each) kept planning it anew, a third of
            // PostgreSQL's work per submit. Not on the other pool: there the setting would also
            // plan Fluent's queries without their values.
            var groups = configuration
            groups.coreConfiguration.options.additionalStartupParameters = [("plan_cache_mode", "force_generic_plan")]
            databases.use(
                .postgres(configuration: groups, maxConnectionsPerEventLoop: 1, sqlLogLevel: .debug), as: .submissionGroups,
                isDefault: false)
        }
    }

    /// Brings the schema up to date. On an SQLite file it first turns on write-ahead logging,
    /// so readers never wait for the writer, and relaxes `synchronous` to NORMAL.
    ///
    /// Why NORMAL: in WAL mode a commit then writes the log without waiting for the disk; the
    /// write is in the operating system's hands when the request is answered, so a crashed or
    /// `kill -9`-ed server loses nothing it acknowledged. Only a power cut or kernel crash can
    /// undo the last commits, and never corrupts the file. FULL would wait for the disk on
    /// every submitted scan. The setting is per connection, and the driver keeps exactly one
    /// connection per event loop, so each loop's connection gets it here; a connection opened
    /// later falls back to SQLite's default FULL, which is slower but never less safe. The
    /// connections that answer scans (`SQLiteFileConnections`) set it themselves.
    func prepareDatabase() async throws {
        let sql = db.sql
        switch configuration.database {
        case .sqliteFile:
            try await sql.raw("PRAGMA journal_mode=WAL").run()
            for loop in eventLoopGroup.makeIterator() {
                for id in [DatabaseID.sqlite, .longWork] {
                    guard let connection = databases.database(id, logger: logger, on: loop)?.sql else { continue }
                    try await connection.raw("PRAGMA synchronous=NORMAL").run()
                    try await connection.raw("PRAGMA journal_size_limit=\(unsafeRaw: String(SQLiteDirectConnection.logSizeLimit))").run()
                }
            }
        case .postgres(_, let schema):
            if let schema { try await sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run() }
            try await migrateAlone(schema: schema)
            return
        default:
            break
        }
        try await autoMigrate()
    }

    /// Several servers that start at once would all run the same migration, and all but one
    /// would fail half-way. A session lock on one held connection lets one migrate while the
    /// others wait; they then find nothing left to do. The migrations themselves run on the
    /// pool's other connections. Each schema has its own lock: tests that own a schema each
    /// do not wait for one another.
    private func migrateAlone(schema: String?) async throws {
        let key = Self.migrationLockKey(schema: schema)
        try await db.withConnection { connection in
            try await connection.sql.raw("SELECT pg_advisory_lock(\(bind: key))").run()
            do {
                try await self.autoMigrate()
            } catch {
                try? await connection.sql.raw("SELECT pg_advisory_unlock(\(bind: key))").run()
                throw error
            }
            try await connection.sql.raw("SELECT pg_advisory_unlock(\(bind: key))").run()
        }
    }

    /// "VKMG" (Veerkracht migrations) in ASCII for the default schema, mixed with an FNV-1a
    /// hash of any other schema's name; the same on every server.
    static func migrationLockKey(schema: String?) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (schema ?? "").utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int64(bitPattern: schema == nil ? 0x564B_4D47 : hash)
    }

    /// The database for long work: the second pool on an SQLite file, else the usual one
    /// (PostgreSQL pools several connections per loop already).
    var longWorkDatabase: any Database {
        if case .sqliteFile = configuration.database { return db(.longWork) }
        return db
    }

    /// Whether the database can write, asked only once a write failed for a full disk: then
    /// the writer's connection tries a small write (see `WriteHealth`).
    func databaseWrites() async -> Bool {
        guard writeHealth.isFailing else { return true }
        guard let writer = veerkracht.sqliteFile?.writer, case .sqliteFile(let path) = configuration.database else { return false }
        do {
            try await writer.run { try WriteHealth.probe(on: $0, databasePath: path) }
            writeHealth.recordSuccess()
            return true
        } catch {
            logger.warning("The database still cannot write: \(error)")
            return false
        }
    }

    /// Whether the database answers a trivial query.
    func databaseAnswers() async -> Bool {
        do {
            try await db.sql.raw("SELECT 1").run()
            return true
        } catch {
            return false
        }
    }
}

extension DatabaseID {
    /// See `Application.longWorkDatabase`.
    static let longWork = DatabaseID(string: "sqlite-long-work")
    /// See `Request.submissionGroupsDatabase`.
    static let submissionGroups = DatabaseID(string: "psql-submission-groups")
}

extension Request {
    /// Where the submission writer sends its groups when it has no connection of its own: on
    /// PostgreSQL the pool kept for it (see `useDatabase`), else the usual one.
    var submissionGroupsDatabase: any Database {
        guard let byLoop = application.veerkracht.postgresByLoop else { return db }
        return byLoop.groups(on: eventLoop) ?? db(.submissionGroups)
    }
}
