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

    @Test func invitationPagesKeepAFifthFreeForSubmits() async throws {
        try await withVeerkracht { app in
            let options = try await app.db.sql
                .raw("SELECT array_to_string(reloptions, ',') AS options FROM pg_class WHERE oid = 'wave_invitations'::regclass")
                .first()?.decode(column: "options", as: String?.self)
            #expect(options == "fillfactor=80")
        }
    }
}
