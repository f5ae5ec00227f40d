import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VeerkrachtCore

@testable import App

// Serialized to bound the load: every test signs people in (a deliberately slow password hash on
// the shared thread pool) and sends many requests; all at once, beside the other suites, they
// could wait past the database pool's time-out on a two-core machine.
@Suite(.serialized) struct PreferenceTests {
    struct Setting {
        let organisation: UUID, team: UUID, wave: UUID
        let people: [UUID]
    }

    /// One team of `size` people in a wave of the DLO and learning-preference scans.
    private func setting(_ app: Application, size: Int = 6, threshold: Int = 3) async throws -> Setting {
        let organisation = try await app.createOrganisation("Zorggroep")
        let team = try await app.createUnit("Team Noord", in: organisation)
        var people: [UUID] = []
        for i in 0..<size { people.append(try await app.createPerson("p\(i)", in: organisation, unit: team, email: "p\(i)@example.org")) }
        let wave = try await app.createWave(in: organisation, units: [team], instruments: ["dlo@1", "lp@1"], threshold: threshold)
        return Setting(organisation: organisation, team: team, wave: wave, people: people)
    }

    @discardableResult
    private func answer(
        _ app: Application, _ s: Setting, person: Int, value: Int = 4, share: Bool = false,
        leaveOut: Bool = false
    ) async throws -> String {
        try await app.submitScan(wave: s.wave, person: s.people[person], value: value, share: share, leaveOut: leaveOut)
    }

    @Test func theReviewOffersBothChoicesUncheckedOnlyWithTheLearningPreferenceScan() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let token = try await app.surveyToken(wave: s.wave, person: s.people[0])
            let review = try await Browser(app).get(Route.surveySubmit(token: token).path)
            #expect(review.body.contains("name=\"_share_with_team\"") && review.body.contains("name=\"_leave_out_of_results\""))
            #expect(!review.body.contains("checked"))
            let other = try await app.createWave(in: s.organisation, units: [s.team], instruments: ["dlo@1"])
            let plain = try await Browser(app).get(
                Route.surveySubmit(token: try await app.surveyToken(wave: other, person: s.people[0])).path)
            #expect(!plain.body.contains("_share_with_team"))
        }
    }

    @Test func byDefaultAProfileIsNotSharedAndTheAnswersCount() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            try await answer(app, s, person: 0)
            let row = try await LearningProfileRow.query(on: app.db).first()!
            #expect(!row.shareWithTeam && row.countedInResults)
            #expect(try await SurveyResponse.query(on: app.db).count() == 1)
        }
    }

    @Test func someoneWhoLeavesTheirAnswersOutKeepsOnlyTheirProfile() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            try await answer(app, s, person: 0, share: true, leaveOut: true)
            let row = try await LearningProfileRow.query(on: app.db).first()!
            #expect(row.shareWithTeam && !row.countedInResults)
            #expect(try await SurveyResponse.query(on: app.db).count() == 0)
            #expect(try await app.invitation(wave: s.wave, person: s.people[0]).status == .completed)
        }
    }

    @Test func theProfilePageExplainsTheStrongestAndSuggestsAnExperimentWithTheWeakest() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let token = try await answer(app, s, person: 0)
            let page = try await Browser(app).get(Route.surveyProfile(token: token).path)
            #expect(page.status == .ok)
            #expect(page.body.contains("<svg class=\"profile-chart\""))
            #expect(
                page.body.contains(PreferenceGuide.of(.ontdekken).essence.nl.replacingOccurrences(of: "'", with: "&#39;"))
                    || page.body.contains("zelf uit te zoeken"))
            let profile = LearningProfile(scores: try await LearningProfileRow.query(on: app.db).first()!.scores)!
            #expect(page.body.contains(Dutch().weakestTitle(PreferenceViews.name(profile.ranking.last!, .nl))))
            #expect(page.body.contains(Dutch().countedStatus(true)))
        }
    }

    @Test func thePersonCanShareAndStopSharingTheirProfile() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let token = try await answer(app, s, person: 0)
            _ = try await Browser(app).postAnonymously(Route.surveyProfileShare(token: token).path, pairs: [("share", "1")])
            #expect(try await LearningProfileRow.query(on: app.db).first()!.shareWithTeam)
            _ = try await Browser(app).postAnonymously(Route.surveyProfileShare(token: token).path, pairs: [("share", "0")])
            #expect(!(try await LearningProfileRow.query(on: app.db).first()!.shareWithTeam))
        }
    }

    @Test func deletingTheProfileRemovesItAndSaysTheAnswersStayAnonymous() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let token = try await answer(app, s, person: 0)
            let page = try await Browser(app).postAnonymously(Route.surveyProfileDelete(token: token).path, pairs: [])
            #expect(page.body.contains(Dutch().profileDeleted) && page.body.contains(Dutch().countedStatus(true)))
            #expect(try await LearningProfileRow.query(on: app.db).count() == 0)
            #expect(try await SurveyResponse.query(on: app.db).count() == 1)
            #expect(try await Browser(app).get(Route.surveyProfile(token: token).path).body.contains(Dutch().profileDeleted))
        }
    }

    @Test func theProfilePageNeedsAFinishedScan() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let token = try await app.surveyToken(wave: s.wave, person: s.people[0])
            #expect(try await Browser(app).get(Route.surveyProfile(token: token).path).status == .notFound)
        }
    }

    private func staff(_ app: Application, _ s: Setting, _ role: Role) async throws -> Browser {
        try await app.createUser("\(role.rawValue)@example.org", organisation: s.organisation, role: role)
        let browser = Browser(app)
        _ = try await browser.signIn("\(role.rawValue)@example.org")
        return browser
    }

    @Test func aManagerSeesNamesOnlyOfThoseWhoSharedAndTheMixOnlyWhenTheOthersAreEnough() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, size: 5)
            for person in 0..<5 { try await answer(app, s, person: person, share: person < 3) }
            try await app.closeWave(s.wave)
            let manager = try await staff(app, s, .manager)
            let page = try await manager.get(Route.teamMix(s.organisation, wave: s.wave).path + "?unit=\(s.team.uuidString)")
            #expect(page.status == .ok)
            #expect(page.body.contains("p0@example.org") && page.body.contains("p2@example.org") && !page.body.contains("p3@example.org"))
            // Two did not share: fewer than the threshold of 3, so no mix that would give them away.
            #expect(page.body.contains(Dutch().mixSuppressed(threshold: 3)))
            #expect(try await staff(app, s, .viewer).get(Route.teamMix(s.organisation, wave: s.wave).path).status == .forbidden)
        }
    }

    @Test func aTeamViewSeenBeforeShowsAShareOrAWithdrawalAtOnce() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, size: 5)
            var tokens: [String] = []
            for person in 0..<5 { tokens.append(try await answer(app, s, person: person, share: person == 0)) }
            let manager = try await staff(app, s, .manager)
            let path = Route.teamMix(s.organisation, wave: s.wave).path + "?unit=\(s.team.uuidString)"
            #expect(try await manager.get(path).body.contains("p0@example.org"))
            // The profiles of the wave are cached now; both changes must still show on the next view.
            _ = try await Browser(app).postAnonymously(Route.surveyProfileShare(token: tokens[0]).path, pairs: [("share", "0")])
            _ = try await Browser(app).postAnonymously(Route.surveyProfileShare(token: tokens[1]).path, pairs: [("share", "1")])
            let after = try await manager.get(path).body
            #expect(!after.contains("p0@example.org") && after.contains("p1@example.org"))
        }
    }

    @Test func aTeamMixShowsTheSpreadAndTheAdviceThatApplies() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, size: 4)
            for person in 0..<4 { try await answer(app, s, person: person) }
            try await app.closeWave(s.wave)
            let page = try await staff(app, s, .advisor).get(
                Route.teamMix(s.organisation, wave: s.wave).path + "?unit=\(s.team.uuidString)")
            #expect(page.body.contains(Dutch().mixPeople(4)))
            // Everyone's strongest is discovering: shared preference, and blind spots.
            let advice = TeamAdvice.advice(
                for: PreferenceMix(try await LearningProfileRow.query(on: app.db).all().compactMap { LearningProfile(scores: $0.scores) }),
                learningTogether: nil)
            #expect(advice.contains { $0.rule == .sharedPreference })
            #expect(
                page.body.contains(advice[0].advice.nl.replacingOccurrences(of: "'", with: "&#39;")) || page.body.contains("Bijna iedereen")
            )
        }
    }

    @Test func membersSeeTheirTeamsMixOnlyAfterTheManagerOpensIt() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, size: 4)
            var token = ""
            for person in 0..<4 { token = try await answer(app, s, person: person, share: person == 0) }
            try await app.closeWave(s.wave)
            #expect(try await Browser(app).get(Route.surveyTeam(token: token).path).body.contains(Dutch().teamNotOpened))
            let manager = try await staff(app, s, .manager)
            _ = try await manager.post(Route.teamMixMembers(s.organisation, wave: s.wave).path, ["unit": s.team.uuidString, "open": "1"])
            let page = try await Browser(app).get(Route.surveyTeam(token: token).path)
            #expect(page.body.contains("p0@example.org") && !page.body.contains(Dutch().teamNotOpened))
            let other = try await app.createOrganisation("Ander")
            let foreign = try await app.createUnit("X", in: other)
            let refused = try await manager.post(
                Route.teamMixMembers(s.organisation, wave: s.wave).path, ["unit": foreign.uuidString, "open": "1"], follow: false)
            #expect(refused.status == .notFound)
        }
    }

    @Test func everyoneInTheOrganisationReadsTheLanguageForLearning() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let page = try await staff(app, s, .viewer).get(Route.learningLanguage(s.organisation).path)
            #expect(page.status == .ok)
            #expect(LearningPreference.allCases.allSatisfy { page.body.contains(PreferenceViews.name($0, .nl)) })
        }
    }

    @Test func theDiversityPageShowsSpreadForShownUnitsOnly() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, size: 4)
            for person in 0..<4 { try await answer(app, s, person: person) }
            try await app.closeWave(s.wave)
            let page = try await staff(app, s, .viewer).get(Route.waveDiversity(s.organisation, wave: s.wave).path)
            #expect(page.status == .ok && page.body.contains("Team Noord"))
            // Everyone's strongest is discovering: no spread at all.
            #expect(page.body.contains(">0,0<"))
        }
    }
}
