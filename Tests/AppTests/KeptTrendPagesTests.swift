import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// A scale's trend is made from every wave of the organisation: rendered once per language and
/// kept until any of those waves changes.
@Suite(.serialized) struct KeptTrendPagesTests {
    @Test func aTrendIsRenderedOnceForEveryReader() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let path = Route.waveTrend(s.organisation, wave: s.wave, scale: "dlo-K1").path
            let first = try await app.signedIn(as: "een@example.org", .viewer, in: s.organisation)
            let second = try await app.signedIn(as: "twee@example.org", .advisor, in: s.organisation)
            let before = app.keptPages.renders
            let one = try await first.get(path)
            let two = try await second.get(path)
            #expect(one.status == .ok && two.status == .ok)
            #expect(app.keptPages.renders == before + 1)
            let name = try #require(try await Wave.find(s.wave, on: app.db)).name
            #expect(one.body.contains(name) && two.body.contains(name))
        }
    }

    @Test func aWaveOpenedSinceAndAResponseToItShowOnTheKeptTrend() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let path = Route.waveTrend(s.organisation, wave: s.wave, scale: "dlo-K1").path
            let viewer = try await app.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            let before = try await viewer.get(path)
            let later = try await app.createWave(in: s.organisation, units: [s.zorg], threshold: 3)
            let renamed = try #require(try await Wave.find(later, on: app.db))
            renamed.name = "Tweede meting"
            try await renamed.save(on: app.db)
            let opened = try await viewer.get(path)
            #expect(!before.body.contains("Tweede meting") && opened.body.contains("Tweede meting"))
            let rendered = app.keptPages.renders
            let invited = try #require(try await WaveInvitation.query(on: app.db).filter(\.$wave.$id == later).first())
            try await app.respond(wave: later, person: invited.$person.id, unit: s.noord, value: 1)
            _ = try await viewer.get(path)
            #expect(app.keptPages.renders == rendered + 1)
        }
    }
}
