import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// A wave's response rates are counted from its invitations once and kept: for good once the
/// wave closed, and for a few seconds while it is open, except that a new response counts at once.
@Suite struct KeptResponseRatesTests {
    private struct Setting {
        let organisation: UUID, unit: UUID, wave: UUID, people: [UUID]
    }

    private func openWave(_ app: Application) async throws -> Setting {
        let organisation = try await app.createOrganisation("Zorggroep")
        let unit = try await app.createUnit("Noord", in: organisation)
        var people: [UUID] = []
        for i in 0..<3 { people.append(try await app.createPerson("n\(i)", in: organisation, unit: unit)) }
        let wave = try await app.createWave(in: organisation, units: [unit])
        return Setting(organisation: organisation, unit: unit, wave: wave, people: people)
    }

    private func rates(_ app: Application, _ wave: UUID, at now: Date) async throws -> [UUID: ResponseRate] {
        let stored = try #require(try await Wave.find(wave, on: app.db))
        return try await app.responseRates.rates(of: stored, on: app.db, now: now)
    }

    @Test func aClosedWavesRatesAreCountedOnceForEveryVisit() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: s.organisation)
            #expect(try await advisor.get(Route.wave(s.organisation, wave: s.wave).path).status == .ok)
            #expect(try await advisor.get(Route.wave(s.organisation, wave: s.wave).path).status == .ok)
            #expect(app.responseRates.counts == 1)
            let later = try await rates(app, s.wave, at: Date().addingTimeInterval(3600))
            #expect(later[s.noord] == ResponseRate(invited: 4, started: 4, completed: 4))
            #expect(app.responseRates.counts == 1)
        }
    }

    @Test func aResponseToAnOpenWaveIsCountedAtOnce() async throws {
        try await withVeerkracht { app in
            let s = try await openWave(app)
            let now = Date()
            #expect(try await rates(app, s.wave, at: now)[s.unit] == ResponseRate(invited: 3, started: 0, completed: 0))
            try await app.respond(wave: s.wave, person: s.people[0], unit: s.unit, value: 4)
            #expect(try await rates(app, s.wave, at: now)[s.unit] == ResponseRate(invited: 3, started: 1, completed: 1))
            #expect(app.responseRates.counts == 2)
        }
    }

    @Test func someoneWhoStartedIsCountedOnceTheCountsAreAFewSecondsOld() async throws {
        try await withVeerkracht { app in
            let s = try await openWave(app)
            let now = Date()
            _ = try await rates(app, s.wave, at: now)
            let invitation = try await app.invitation(wave: s.wave, person: s.people[1]).requireID()
            try await app.db.sql.update(WaveInvitation.schema).set("status", to: SQLBind(WaveInvitation.Status.started.rawValue))
                .where("id", .equal, invitation).run()
            #expect(try await rates(app, s.wave, at: now.addingTimeInterval(1))[s.unit]?.started == 0)
            let fresh = try await rates(app, s.wave, at: now.addingTimeInterval(KeptResponseRates.freshFor + 1))
            #expect(fresh[s.unit] == ResponseRate(invited: 3, started: 1, completed: 0))
        }
    }

    @Test func theRatesApiReadsTheKeptCounts() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: s.organisation)
            _ = try await advisor.get(Route.wave(s.organisation, wave: s.wave).path)
            let api = try await app.apiClient("api@example.org", .advisor, in: s.organisation)
            #expect(try await api.get(Route.apiWaveResponseRates(s.organisation, wave: s.wave).path).status == .ok)
            #expect(app.responseRates.counts == 1)
        }
    }
}
