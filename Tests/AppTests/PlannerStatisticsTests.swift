import Fluent
import Foundation
import SQLKit
import Testing
import Vapor

@testable import App

/// On PostgreSQL the planner's statistics are gathered right after many rows went in at once,
/// not a minute later by autovacuum: until then a list that reads them picked a plan for the
/// tables as they were.
@Suite(.enabled(if: testsRunOnPostgres, "only PostgreSQL's planner needs telling"))
struct PlannerStatisticsTests {
    /// When `table` of this test's schema was last analysed by a command (autovacuum's own
    /// analyses are counted apart).
    private func lastAnalysed(_ table: String, _ app: Application) async throws -> Date? {
        guard case .postgres(_, let schema?) = app.configuration.database else { return nil }
        return try await app.db.sql.raw(
            "SELECT last_analyze FROM pg_stat_user_tables WHERE schemaname = \(bind: schema) AND relname = \(bind: table)"
        ).first()?.decode(column: "last_analyze", as: Date?.self)
    }

    @Test func openingAWaveGathersTheStatisticsOfItsInvitations() async throws {
        try await withVeerkracht { app in
            #expect(try await lastAnalysed(WaveInvitation.schema, app) == nil)
            _ = try await ScanSetting.make(app, open: true)
            #expect(try await lastAnalysed(WaveInvitation.schema, app) != nil)
        }
    }

    @Test func anImportGathersTheStatisticsOfPeople() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            try await app.createUnit("Wijkzorg", in: organisation, code: "WZ")
            #expect(try await lastAnalysed(Person.schema, app) == nil)
            let csv = "external_id,email,unit\nA1,a1@example.org,WZ\nA2,a2@example.org,WZ\n"
            _ = try await PeopleImporter(db: app.db, organisationID: organisation).apply(Data(csv.utf8), fullImport: false, now: Date())
            #expect(try await lastAnalysed(Person.schema, app) != nil)
        }
    }

    @Test func anImportThatIsRefusedGathersNothing() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let csv = "external_id,email,unit\nA1,a1@example.org,NOPE\n"
            let result = try await PeopleImporter(db: app.db, organisationID: organisation).apply(
                Data(csv.utf8), fullImport: false, now: Date())
            guard case .failure = result else {
                Issue.record("an import into a unit that does not exist was applied")
                return
            }
            #expect(try await lastAnalysed(Person.schema, app) == nil)
        }
    }
}
