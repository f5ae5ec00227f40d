import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// The list of waves and a unit's page are rendered once per role and language and made again
/// when what they show changes: a wave, its phase as the clock moves, a unit, its people.
@Suite(.serialized) struct KeptWaveListAndUnitTests {
    @Test func theWavesListIsRenderedOnceUntilAWaveIsAdded() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let path = Route.waves(s.organisation).path
            let viewer = try await app.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            let rendered = app.keptPages.renders
            let first = try await viewer.get(path).body
            _ = try await viewer.get(path)
            #expect(app.keptPages.renders == rendered + 1)
            let later = try await app.createWave(in: s.organisation, units: [s.zorg])
            let renamed = try #require(try await Wave.find(later, on: app.db))
            renamed.name = "Voorjaarsmeting"
            try await renamed.save(on: app.db)
            let after = try await viewer.get(path).body
            #expect(!first.contains("Voorjaarsmeting") && after.contains("Voorjaarsmeting"))
        }
    }

    @Test(arguments: [TestStorage.standard, .sqliteFile])
    func aWaveShowsPlannedOpenAndClosedAsTheClockPassesItsMoments(_ storage: TestStorage) async throws {
        try await withVeerkracht(storage: storage) { app in
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            app.clock = .fixed(start)
            let organisation = try await app.createOrganisation("Zorggroep")
            let team = try await app.createUnit("Team", in: organisation)
            _ = try await app.createPerson("p1", in: organisation, unit: team)
            _ = try await app.createWave(
                in: organisation, units: [team], opensAt: start.addingTimeInterval(3600), closesAt: start.addingTimeInterval(2 * 86_400))
            let viewer = try await app.signedIn(as: "lezer@example.org", .viewer, in: organisation)
            let path = Route.waves(organisation).path
            let strings = Dutch()
            #expect(try await viewer.get(path).body.contains(strings.wavePhase(.planned)))
            app.clock = .fixed(start.addingTimeInterval(2 * 3600))
            #expect(try await viewer.get(path).body.contains(strings.wavePhase(.open)))
            app.clock = .fixed(start.addingTimeInterval(3 * 86_400))
            // A session ends twelve hours after it signed in, so a reader signs in afresh.
            let later = try await app.signedIn(as: "later@example.org", .viewer, in: organisation)
            #expect(try await later.get(path).body.contains(strings.wavePhase(.closed)))
        }
    }

    @Test func aUnitsPageIsRenderedOnceUntilTheUnitOrItsPeopleChange() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let path = Route.unit(s.organisation, unit: s.noord).path
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: s.organisation)
            let rendered = app.keptPages.renders
            #expect(try await advisor.get(path).body.contains(HTMLText.escape(Dutch().peopleCount(4))))
            _ = try await advisor.get(path)
            #expect(app.keptPages.renders == rendered + 1)
            _ = try await app.createPerson("n9", in: s.organisation, unit: s.noord)
            #expect(try await advisor.get(path).body.contains(HTMLText.escape(Dutch().peopleCount(5))))
            _ = try await advisor.post(Route.unitRename(s.organisation, unit: s.noord).path, ["name": "Noord & Oost"])
            #expect(try await advisor.get(path).body.contains("Noord &amp; Oost"))
        }
    }

    @Test func aUnitTheOrganisationDoesNotHaveIsNotFoundAndNothingIsKept() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let viewer = try await app.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            let rendered = app.keptPages.renders
            #expect(try await viewer.get(Route.unit(s.organisation, unit: UUID()).path).status == .notFound)
            #expect(app.keptPages.renders == rendered)
        }
    }
}
