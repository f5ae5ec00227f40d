import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

@Suite struct RhythmTests {
    func runs(_ s: PulseSetting) async throws -> [Wave] {
        try await s.pulses().sorted { $0.opensAt < $1.opensAt }
    }

    func startRhythm(_ s: PulseSetting, _ advisor: Browser, months: String = "3", scales: [String] = ["dlo-K2"]) async throws
        -> Browser.Page
    {
        try await advisor.post(
            Route.waveRhythm(s.organisation, wave: s.baseline).path, pairs: [("months", months)] + scales.map { ("scales[]", $0) },
            follow: false)
    }

    @Test func aRhythmPreparesItsNextRunAsADraftNobodyIsInvitedTo() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            let advisor = try await app.signedIn(as: "advisor@example.org", .advisor, in: s.organisation)
            let started = try await startRhythm(s, advisor)
            #expect(started.status == .ok)
            #expect(started.body.contains("De volgende run staat klaar als concept"))
            let draft = try #require(try await runs(s).first)
            #expect(draft.statusValue == WaveLifecycle.Status.draft.rawValue)
            #expect(draft.instrumentList == "dlo@1:K2")
            #expect(draft.units == [s.zorg])
            // 200 days ago plus three months is past: the first run still to come is six months on.
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = draft.timeZone
            let baseline = try #require(try await Wave.find(s.baseline, on: app.db))
            #expect(draft.opensAt == calendar.date(byAdding: .month, value: 9, to: baseline.opensAt))
            #expect(try await WaveInvitation.query(on: app.db).filter(\.$wave.$id == draft.requireID()).count() == 0)
            let page = try await advisor.get(Route.wave(s.organisation, wave: try draft.requireID()).path)
            #expect(page.body.contains("Niemand krijgt iets tot u de golf opent"))
        }
    }

    @Test func confirmingARunInvitesItsPeopleAndPreparesTheNextDraft() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            let advisor = try await app.signedIn(as: "advisor@example.org", .advisor, in: s.organisation)
            _ = try await startRhythm(s, advisor)
            let draft = try #require(try await runs(s).first)
            let opened = try await advisor.post(Route.waveOpen(s.organisation, wave: try draft.requireID()).path)
            #expect(opened.status == .ok)
            #expect(opened.body.contains("De volgende run staat klaar als concept"))
            #expect(try await WaveInvitation.query(on: app.db).filter(\.$wave.$id == draft.requireID()).count() == 6)
            let all = try await runs(s)
            #expect(all.count == 2)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = draft.timeZone
            #expect(all.last?.opensAt == calendar.date(byAdding: .month, value: 3, to: draft.opensAt))
            #expect(all.last?.statusValue == WaveLifecycle.Status.draft.rawValue)
        }
    }

    @Test func confirmingARunThatNowComesTooCloseToAnotherWaveIsRefusedWithTheDates() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            let advisor = try await app.signedIn(as: "advisor@example.org", .advisor, in: s.organisation)
            _ = try await startRhythm(s, advisor)
            let draft = try #require(try await runs(s).first)
            _ = try await app.createWave(
                in: s.organisation, units: [s.noord], opensAt: draft.opensAt.addingTimeInterval(-30 * PulseSetting.day),
                closesAt: draft.opensAt.addingTimeInterval(-20 * PulseSetting.day))
            let refused = try await advisor.post(Route.waveOpen(s.organisation, wave: try draft.requireID()).path)
            #expect(refused.status == .conflict)
            #expect(refused.body.contains("minstens 8 weken"))
            #expect(try await Wave.find(draft.requireID(), on: app.db)?.statusValue == WaveLifecycle.Status.draft.rawValue)
            #expect(try await WaveInvitation.query(on: app.db).filter(\.$wave.$id == draft.requireID()).count() == 0)
        }
    }

    @Test func aRunThatWouldComeTooCloseToAnotherWaveIsPreparedLaterAndSaysSo() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            let advisor = try await app.signedIn(as: "advisor@example.org", .advisor, in: s.organisation)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = WaveSettings.defaultTimeZone
            let baseline = try #require(try await Wave.find(s.baseline, on: app.db))
            let due = try #require(calendar.date(byAdding: .month, value: 9, to: baseline.opensAt))
            let other = try await app.createWave(
                in: s.organisation, units: [s.noord], opensAt: due.addingTimeInterval(-20 * PulseSetting.day),
                closesAt: due.addingTimeInterval(-10 * PulseSetting.day))
            let started = try await startRhythm(s, advisor)
            #expect(started.body.contains("later gezet dan het ritme, om 8 weken afstand te houden tot ‘Najaarsmeting’"))
            let draft = try #require(try await runs(s).first)
            let blocking = try #require(try await Wave.find(other, on: app.db))
            #expect(draft.opensAt == blocking.closesAt.addingTimeInterval(8 * 7 * PulseSetting.day))
            #expect(draft.closesAt.timeIntervalSince(draft.opensAt) == baseline.closesAt.timeIntervalSince(baseline.opensAt))
        }
    }

    @Test func aRhythmWithoutAScaleOrWithOtherMonthsChangesNothing() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            let advisor = try await app.signedIn(as: "advisor@example.org", .advisor, in: s.organisation)
            let page = try await startRhythm(s, advisor, months: "5", scales: [])
            #expect(page.status == .conflict)
            #expect(page.body.contains("Kies elke 3, 4 of 6 maanden."))
            #expect(page.body.contains("Kies ten minste één schaal."))
            #expect(try await WaveRhythmRow.query(on: app.db).count() == 0)
            #expect(try await runs(s).isEmpty)
        }
    }

    @Test func stoppingARhythmRemovesItsDraftButKeepsConfirmedRuns() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            let advisor = try await app.signedIn(as: "advisor@example.org", .advisor, in: s.organisation)
            _ = try await startRhythm(s, advisor)
            let first = try #require(try await runs(s).first)
            _ = try await advisor.post(Route.waveOpen(s.organisation, wave: try first.requireID()).path)
            _ = try await advisor.post(Route.waveRhythmStop(s.organisation, wave: s.baseline).path)
            let left = try await Wave.query(on: app.db).filter(\.$organisation.$id == s.organisation).all()
            #expect(left.contains { $0.id == first.id })
            #expect(!left.contains { $0.statusValue == WaveLifecycle.Status.draft.rawValue })
            #expect(try await WaveRhythmRow.query(on: app.db).count() == 0)
        }
    }

    @Test func theGapBetweenWavesIsConfigurableAndANumberOutOfRangeChangesNothing() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            let advisor = try await app.signedIn(as: "advisor@example.org", .advisor, in: s.organisation)
            let store = PulseStore(db: app.db, organisationID: s.organisation)
            #expect(try await store.gap().weeks == 8)
            let refused = try await advisor.post(Route.surveyGap(s.organisation).path, ["weeks": "30"], follow: false)
            #expect(refused.status == .badRequest)
            #expect(try await store.gap().weeks == 8)
            #expect(try await advisor.post(Route.surveyGap(s.organisation).path, ["weeks": "4"], follow: false).status == .seeOther)
            #expect(try await store.gap().weeks == 4)
            #expect(try await s.manager.post(Route.surveyGap(s.organisation).path, ["weeks": "2"], follow: false).status == .forbidden)
        }
    }
}
