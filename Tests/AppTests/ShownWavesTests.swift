import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// Pages that show a wave read its row as text on every visit and build its model only when
/// that text changed; a change to any column shows on the next visit.
@Suite(.serialized) struct ShownWavesTests {
    @Test func aWaveShownOnSeveralPagesIsBuiltOnce() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let viewer = try await app.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            let before = app.shownWaves.modelReads
            #expect(try await viewer.get(Route.waveHeatmap(s.organisation, wave: s.wave).path).status == .ok)
            #expect(try await viewer.get(Route.waveResults(s.organisation, wave: s.wave).path).status == .ok)
            #expect(try await viewer.get(Route.waveHeatmap(s.organisation, wave: s.wave).path).status == .ok)
            #expect(app.shownWaves.modelReads == before + 1)
        }
    }

    @Test(arguments: [TestStorage.standard, .sqliteFile])
    func aRenamedClosedWaveShowsItsNewNameOnTheNextVisit(_ storage: TestStorage) async throws {
        try await withVeerkracht(storage: storage) { app in
            let s = try await ScanSetting.make(app)
            let path = Route.waveHeatmap(s.organisation, wave: s.wave).path
            let viewer = try await app.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            let before = try await viewer.get(path)
            let wave = try #require(try await Wave.find(s.wave, on: app.db))
            wave.name = "Meting <na> de zomer"
            try await wave.save(on: app.db)
            let after = try await viewer.get(path)
            #expect(!before.body.contains("Meting &lt;na&gt; de zomer"))
            #expect(after.body.contains("Meting &lt;na&gt; de zomer"))
            #expect(before.headers.first(name: .eTag) != after.headers.first(name: .eTag))
        }
    }

    @Test func aWaveTheOrganisationDoesNotHaveIsNotFoundAndNothingIsKept() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let elsewhere = try await app.createOrganisation("Andere organisatie")
            let team = try await app.createUnit("Team", in: elsewhere)
            _ = try await app.createPerson("a", in: elsewhere, unit: team)
            let other = try await app.createWave(in: elsewhere, units: [team], threshold: 3)
            let viewer = try await app.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            let reads = app.shownWaves.modelReads
            #expect(try await viewer.get(Route.waveHeatmap(s.organisation, wave: other).path).status == .notFound)
            #expect(try await viewer.get(Route.waveHeatmap(s.organisation, wave: UUID()).path).status == .notFound)
            #expect(app.shownWaves.modelReads == reads)
        }
    }
}
