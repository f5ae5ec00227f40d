import Foundation
import Testing

@testable import VeerkrachtCore

/// A profile whose strongest preference is `top` (4.5), second `second` (3.5), the rest 2.
private func profile(_ top: LearningPreference, _ second: LearningPreference? = nil) -> LearningProfile {
    var scores = Dictionary(uniqueKeysWithValues: LearningPreference.allCases.map { ($0, 2.0) })
    scores[top] = 4.5
    if let second { scores[second] = 3.5 }
    return LearningProfile(scores: scores)!
}

private func mix(_ profiles: [LearningProfile]) -> PreferenceMix { PreferenceMix(profiles) }

private func rules(_ profiles: [LearningProfile], k2: Double? = nil) -> [TeamAdvice.Rule] {
    TeamAdvice.advice(for: mix(profiles), learningTogether: k2).map(\.rule)
}

/// Every preference in someone's top two, so blind spots stay out of the way.
private let everyPreferenceSecond: [LearningProfile] = [profile(.oefenen, .kunstAfkijken), profile(.oefenen, .participeren)]

@Suite struct PreferenceMixTests {
    @Test func aTieSplitsThePersonOverTheTiedPreferences() {
        var scores = Dictionary(uniqueKeysWithValues: LearningPreference.allCases.map { ($0, 2.0) })
        scores[.oefenen] = 4
        scores[.ontdekken] = 4
        let m = mix([LearningProfile(scores: scores)!, profile(.oefenen)])
        #expect(m.dominantShare(.oefenen) == 0.75 && m.dominantShare(.ontdekken) == 0.25)
    }

    @Test func topTwoCountsEveryoneWithFewerThanTwoHigherScores() {
        var scores = Dictionary(uniqueKeysWithValues: LearningPreference.allCases.map { ($0, 2.0) })
        scores[.oefenen] = 4
        // Four preferences share second place: each has only one higher score.
        let m = mix([LearningProfile(scores: scores)!])
        #expect(LearningPreference.allCases.allSatisfy { m.inTopTwo[$0] == 1 })
    }

    @Test func diversityIsZeroForOnePreferenceAndOneForAnEvenSpread() {
        #expect(mix([profile(.oefenen), profile(.oefenen)]).diversity == 0)
        #expect(abs(mix(LearningPreference.allCases.map { profile($0) }).diversity - 1) < 1e-12)
    }

    @Test func meansAreTheAverageScores() {
        #expect(mix([profile(.oefenen), profile(.ontdekken)]).mean(.oefenen) == 3.25)
    }
}

@Suite struct TeamAdviceTests {
    @Test func discoverersWithAFewKnowledgeAcquirersAreAdvisedNotToOpenWithKnowledge() {
        let team =
            Array(repeating: profile(.ontdekken, .kunstAfkijken), count: 4) + [
                profile(.kennisVerwerven, .participeren), profile(.oefenen, .ontdekken)
            ]
        #expect(rules(team).contains(.discoverersAndAKnowledgeAcquirer))
    }

    @Test func discoverersWithoutAnyKnowledgeAcquirerGetNoSuchAdvice() {
        let team = Array(repeating: profile(.ontdekken, .kennisVerwerven), count: 4) + everyPreferenceSecond
        #expect(!rules(team).contains(.discoverersAndAKnowledgeAcquirer))
    }

    @Test func aSplitBetweenFastAndSlowLearnersIsNamed() {
        let team = [profile(.kunstAfkijken), profile(.ontdekken), profile(.participeren), profile(.oefenen, .kennisVerwerven)]
        #expect(rules(team).contains(.tempoSplit))
    }

    @Test func aTeamOnOneSideOfTheTempoHasNoSplit() {
        let team = [
            profile(.kunstAfkijken, .participeren), profile(.ontdekken, .oefenen), profile(.kunstAfkijken, .kennisVerwerven),
            profile(.kennisVerwerven)
        ]
        #expect(!rules(team).contains(.tempoSplit))
    }

    @Test func aPreferenceNobodyHasAmongTheirStrongestIsABlindSpot() {
        let advice = TeamAdvice.advice(for: mix([profile(.oefenen, .ontdekken), profile(.ontdekken, .oefenen)]), learningTogether: nil)
        let spots = advice.filter { $0.rule == .blindSpot }.compactMap(\.preference)
        #expect(spots == [.kunstAfkijken, .participeren, .kennisVerwerven])
    }

    @Test func aTeamCoveringEveryPreferenceHasNoBlindSpot() {
        let team = [profile(.oefenen, .ontdekken), profile(.kunstAfkijken, .participeren), profile(.kennisVerwerven)]
        #expect(!rules(team).contains(.blindSpot))
    }

    @Test func nearlyEveryoneSharingOnePreferenceIsNamed() {
        let team =
            Array(repeating: profile(.oefenen, .kunstAfkijken), count: 8) + [profile(.participeren, .kennisVerwerven), profile(.ontdekken)]
        let advice = TeamAdvice.advice(for: mix(team), learningTogether: nil).filter { $0.rule == .sharedPreference }
        #expect(advice.map(\.preference) == [.oefenen])
    }

    @Test func aMajorityBelowEightyPercentIsNotCalledShared() {
        let team = Array(repeating: profile(.oefenen), count: 7) + [profile(.participeren), profile(.ontdekken), profile(.kunstAfkijken)]
        #expect(!rules(team).contains(.sharedPreference))
    }

    @Test func aParticipatingTeamThatScoresLowOnLearningTogetherIsAdvisedToShare() {
        let team = [profile(.participeren), profile(.participeren), profile(.oefenen)]
        #expect(rules(team, k2: 2.6).contains(.participationWithoutSharing))
    }

    @Test func aParticipatingTeamThatLearnsTogetherOrHasNoK2ScoreIsNotAdvisedSo() {
        let team = [profile(.participeren), profile(.participeren), profile(.oefenen)]
        #expect(!rules(team, k2: 3.4).contains(.participationWithoutSharing))
        #expect(!rules(team, k2: nil).contains(.participationWithoutSharing))
    }

    @Test func overAndUnderRepresentedAreMeasuredAgainstTheOrganisation() {
        let organisation = mix(LearningPreference.allCases.map { profile($0) })
        let team = mix([profile(.oefenen), profile(.oefenen), profile(.ontdekken)])
        let (over, under) = TeamAdvice.representation(team: team, organisation: organisation)
        #expect(over == [.oefenen] && under == [.kunstAfkijken, .participeren, .kennisVerwerven])
    }
}

@Suite struct TeamProfilesTests {
    private let zorg = UUID(), noord = UUID(), zuid = UUID()
    private var layout: WaveResults.Layout {
        WaveResults.Layout(
            tree: UnitTree([
                UnitNode(id: zorg, parentID: nil, name: "Zorg", code: nil, isArchived: false),
                UnitNode(id: noord, parentID: zorg, name: "Noord", code: nil, isArchived: false),
                UnitNode(id: zuid, parentID: zorg, name: "Zuid", code: nil, isArchived: false)
            ]))
    }

    /// The anonymous responses of the wave: per unit how many answered every item with `answer`.
    private func results(_ responses: [(UUID, Int, UInt8)], threshold: Int = 3) -> WaveResults {
        let columns = LearningPreferenceScan.version1.items
        var table = ResponseTable(columns: columns, bandLabels: ResponseTable.labels(ages: []))
        for (unit, count, answer) in responses {
            for _ in 0..<count {
                table.append(unit: layout.node(of: unit), bands: [0, 0, 0], answers: columns.map { $0.scale == "OE" ? answer : 1 })
            }
        }
        return WaveResults(table: table, instruments: [LearningPreferenceScan.version1], layout: layout, threshold: threshold)
    }

    private func members(_ unit: UUID, named: [String], counted: Bool = true) -> [TeamProfiles.Member] {
        named.map { TeamProfiles.Member(node: layout.node(of: unit), ranking: [.oefenen], name: $0, counted: counted) }
    }

    @Test func namedMembersShowTheirOrderButTheMixWaitsForEnoughOthers() {
        let teams = TeamProfiles(members: members(noord, named: ["ann", "bob", "cas", "dirk"]), results: results([(noord, 5, 5)]))
        let view = teams.view(of: noord)
        #expect(view.named.map(\.name) == ["ann", "bob", "cas", "dirk"] && view.named[0].ranking.first == .oefenen)
        // Four named of five: the spread minus the four orders would give away the fifth's.
        #expect(view.mix == nil)
    }

    @Test func aTeamTooSmallForTheResultsShowsNoMixEvenWhenEveryoneShares() {
        // The old rule showed this mix, with the exact scores of a team of two.
        let teams = TeamProfiles(members: members(noord, named: ["ann", "bob"]), results: results([(noord, 2, 5), (zuid, 6, 3)]))
        #expect(teams.view(of: noord).mix == nil)
        #expect(teams.view(of: noord).named.count == 2)
    }

    @Test func aTeamWhereEveryoneSharesAndIsLargeEnoughShowsItsMix() {
        let teams = TeamProfiles(members: members(noord, named: ["a", "b", "c"]), results: results([(noord, 3, 5), (zuid, 4, 3)]))
        #expect(teams.view(of: noord).mix?.people == 3)
    }

    @Test func byDefaultNobodyIsNamedAndAGroupLargeEnoughShowsItsMix() {
        let teams = TeamProfiles(members: [], results: results([(noord, 4, 5)]))
        let view = teams.view(of: noord)
        #expect(view.named.isEmpty && view.mix?.people == 4)
    }

    @Test func theMixCountsOnlyThePeopleTheResultsCount() throws {
        // Nine profiles, but one person left their answers out: there are eight responses, and
        // the mix is theirs, so no difference between the two can single anyone out.
        let left = TeamProfiles.Member(node: layout.node(of: noord), ranking: [.ontdekken], name: nil, counted: false)
        let r = results([(noord, 8, 5)])
        let teams = TeamProfiles(members: [left], results: r)
        let mix = try #require(teams.view(of: noord).mix)
        #expect(mix.people == r.respondents && mix.people == 8)
        #expect(mix.mean(.oefenen) == 5)
    }

    @Test func aMemberPlacedOnAnotherTreeIsLeftOutInsteadOfReadOutOfRange() {
        let stray = TeamProfiles.Member(node: 99, ranking: [.oefenen], name: "ann", counted: true)
        let teams = TeamProfiles(members: [stray], results: results([(noord, 4, 5)]))
        #expect(teams.view(of: nil).named.isEmpty && teams.view(of: nil).mix?.people == 4)
    }

    @Test func mixesFromCountsOfNamedMembersAreTheMixesFromTheMembers() {
        let r = results([(noord, 5, 5), (zuid, 4, 3)])
        let named =
            members(noord, named: ["ann", "bob", "cas", "dirk"]) + members(zuid, named: ["eva"])
            + members(zuid, named: ["fien"], counted: false)
        let fromMembers = TeamProfiles(members: named, results: r)
        let fromCounts = TeamProfiles(namedAndCounted: [0, 0, 4, 1], results: r)
        // Noord's mix is held back (four of five named), and with it Zuid's (Zorg minus Zuid is
        // Noord); the whole organisation shows.
        #expect(fromMembers.mix(of: noord) == nil && fromMembers.mix(of: zuid) == nil && fromMembers.mix(of: zorg)?.people == 9)
        for unit in [nil, zorg, noord, zuid] { #expect(fromCounts.mix(of: unit) == fromMembers.mix(of: unit)) }
        #expect(fromCounts.view(of: noord).named.isEmpty)
    }

    @Test func aTeamWhoseMixTheParentWouldGiveAwayIsHeldBack() {
        // Zuid has 2; Zorg minus Noord would give them, so Noord waits too.
        let teams = TeamProfiles(members: [], results: results([(noord, 5, 5), (zuid, 2, 3)]))
        #expect(teams.view(of: zuid).mix == nil && teams.view(of: noord).mix == nil)
        #expect(teams.view(of: zorg).mix?.people == 7)
    }
}
