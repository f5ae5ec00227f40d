import Fluent
import Foundation
import SQLKit
import Testing
import Vapor

@testable import App

/// Every learning profile carries its invitation's wave and unit, however it was written, so
/// that a wave's shared profiles are counted without reading the invitations.
@Suite struct ProfilesKnowTheirWaveTests {
    /// Profiles whose wave or unit is missing or not their invitation's.
    private func strayProfiles(_ app: Application) async throws -> Int {
        try await app.db.sql.raw(
            """
            SELECT COUNT(*) AS n FROM learning_profiles lp JOIN wave_invitations i ON i.id = lp.invitation_id
            WHERE lp.wave_id IS NULL OR lp.unit_id IS NULL OR lp.wave_id <> i.wave_id OR lp.unit_id <> i.unit_id
            """
        ).first()?.decode(column: "n", as: Int.self) ?? -1
    }

    private func twoAnswered(_ app: Application) async throws {
        let organisation = try await app.createOrganisation("Zorggroep")
        let north = try await app.createUnit("Team Noord", in: organisation)
        let south = try await app.createUnit("Team Zuid", in: organisation)
        var people: [UUID] = []
        for (name, unit) in [("p1", north), ("p2", south)] {
            people.append(try await app.createPerson(name, in: organisation, unit: unit, email: "\(name)@example.org"))
        }
        let wave = try await app.createWave(in: organisation, units: [north, south], instruments: ["dlo@1", "lp@1"])
        for person in people { try await app.submitScan(wave: wave, person: person, share: true) }
        #expect(try await LearningProfileRow.query(on: app.db).count() == 2)
    }

    @Test func aSubmittedProfileCarriesItsInvitationsWaveAndUnit() async throws {
        try await withVeerkracht { app in
            try await twoAnswered(app)
            #expect(try await strayProfiles(app) == 0)
        }
    }

    @Test func theMigrationFillsInTheWaveAndUnitOfProfilesWrittenBeforeIt() async throws {
        try await withVeerkracht { app in
            try await twoAnswered(app)
            // On one connection, as the migrator runs it: another SQLite connection may not see
            // the dropped columns yet.
            try await app.db.transaction { db in
                try await M028_ProfilesKnowTheirWave().revert(on: db)
                try await M028_ProfilesKnowTheirWave().prepare(on: db)
            }
            #expect(try await strayProfiles(app) == 0)
            #expect(try await LearningProfileRow.query(on: app.db).count() == 2)
        }
    }

    @Test func theDemosProfilesCarryTheirWaveAndUnit() async throws {
        try await withVeerkracht { app in
            _ = try await DemoCommand.fill(app, name: "Demo", people: 200, waves: 2, seed: 3, rate: 1, now: app.clock.now())
            #expect(try await LearningProfileRow.query(on: app.db).count() >= 200)
            #expect(try await strayProfiles(app) == 0)
        }
    }
}
