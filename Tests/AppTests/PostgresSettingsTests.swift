import Fluent
import Foundation
import SQLKit
import Testing
import Vapor

@testable import App

/// What the server asks of PostgreSQL for fast submits; only on PostgreSQL (TEST_DATABASE_URL).
@Suite(.enabled(if: !(ProcessInfo.processInfo.environment["TEST_DATABASE_URL"] ?? "").isEmpty))
struct PostgresSettingsTests {
    @Test func theSubmissionWritersConnectionsKeepOnePlanPerPreparedStatement() async throws {
        try await withVeerkracht { app in
            // The database a submit hands to the writer, as the submit route asks for it.
            let request = Request(application: app, on: app.eventLoopGroup.next())
            let mode = try await Self.planCacheMode(on: request.submissionGroupsDatabase)
            #expect(mode == "force_generic_plan")
        }
    }

    @Test func everyOtherQueryIsPlannedWithItsValues() async throws {
        try await withVeerkracht { app in
            let mode = try await Self.planCacheMode(on: app.db)
            #expect(mode == "auto")
        }
    }

    private static func planCacheMode(on db: any Database) async throws -> String? {
        try await db.sql.raw("SHOW plan_cache_mode").first()?.decode(column: "plan_cache_mode", as: String.self)
    }

    /// The test database's URL over Debian's socket instead of TCP; nil when PostgreSQL is not on
    /// this host (the socket file is missing).
    static var socketURL: String? {
        guard let tcp = ProcessInfo.processInfo.environment["TEST_DATABASE_URL"].flatMap(URLComponents.init(string:)),
            let user = tcp.user, let database = tcp.path.split(separator: "/").first
        else { return nil }
        let socket = "/var/run/postgresql/.s.PGSQL.\(tcp.port ?? 5432)"
        guard FileManager.default.fileExists(atPath: socket) else { return nil }
        return "postgres+uds://\(user)\(tcp.password.map { ":" + $0 } ?? "")@localhost\(socket)#\(database)"
    }

    @Test(.enabled(if: socketURL != nil)) func aServerOnTheSameHostReachesPostgresThroughItsSocket() async throws {
        let url = try #require(Self.socketURL)
        let configuration = try AppConfiguration(environment: ["DATABASE_URL": url, "SECRET_KEY": String(repeating: "k", count: 32)])
        #expect(configuration.database == .postgres(url: url, schema: nil))
        try await withVeerkracht(postgresURL: url) { app in
            let request = Request(application: app, on: app.eventLoopGroup.next())
            // PostgreSQL knows no client address for a socket's connection.
            for db in [app.db, request.submissionGroupsDatabase] {
                let overSocket = try await db.sql.raw("SELECT inet_client_addr() IS NULL AS socket").first()?
                    .decode(column: "socket", as: Bool.self)
                #expect(overSocket == true)
            }
        }
    }

    @Test func invitationPagesKeepAFifthFreeForSubmits() async throws {
        try await withVeerkracht { app in
            let options = try await app.db.sql
                .raw("SELECT array_to_string(reloptions, ',') AS options FROM pg_class WHERE oid = 'wave_invitations'::regclass")
                .first()?.decode(column: "options", as: String?.self)
            #expect(options == "fillfactor=80")
        }
    }
}
