import Testing
import VeerkrachtCore

@Suite struct LearningProfileTests {
    /// Every item of a preference answered with the same value.
    private func answers(_ values: [LearningPreference: Int]) -> [String: Int] {
        var answers: [String: Int] = [:]
        for item in LearningPreferenceScan.version1.items {
            if let preference = LearningPreference(rawValue: item.scale), let value = values[preference] { answers[item.code] = value }
        }
        return answers
    }

    @Test func scoresAreMeansPerPreferenceAndRankedStrongestFirst() throws {
        var given = answers([.kunstAfkijken: 2, .participeren: 5, .kennisVerwerven: 3, .oefenen: 1, .ontdekken: 4])
        given["LP.KA.1"] = 5  // one higher answer lifts Kunst afkijken to (5 + 5 × 2) / 6 = 2.5
        let profile = try #require(LearningProfile(answers: given))
        #expect(profile.scores[.kunstAfkijken] == 2.5)
        #expect(profile.ranking == [.participeren, .ontdekken, .kennisVerwerven, .kunstAfkijken, .oefenen])
        #expect(profile.dominant == [.participeren])
    }

    @Test func tiesKeepTheScansOrder() throws {
        let profile = try #require(
            LearningProfile(answers: answers([.kunstAfkijken: 3, .participeren: 4, .kennisVerwerven: 4, .oefenen: 3, .ontdekken: 4])))
        #expect(profile.ranking == [.participeren, .kennisVerwerven, .ontdekken, .kunstAfkijken, .oefenen])
        #expect(profile.dominant == [.participeren, .kennisVerwerven, .ontdekken])
    }

    @Test func aPreferenceWithoutAnswersGivesNoProfile() {
        #expect(LearningProfile(answers: answers([.kunstAfkijken: 3, .participeren: 4, .kennisVerwerven: 4, .oefenen: 3])) == nil)
    }

    @Test func everyPreferenceIsAScaleOfTheScan() {
        #expect(LearningPreference.allCases.map(\.rawValue) == LearningPreferenceScan.version1.scales.map(\.code))
    }

    @Test func aProfileKeptAsScoresRanksTheSameWay() {
        let scores: [LearningPreference: Double] = [
            .kunstAfkijken: 2, .participeren: 4.5, .kennisVerwerven: 3, .oefenen: 4.5, .ontdekken: 1
        ]
        #expect(LearningProfile(scores: scores)?.ranking == [.participeren, .oefenen, .kennisVerwerven, .kunstAfkijken, .ontdekken])
    }

    @Test func aProfileMissingAPreferenceIsNoProfile() {
        #expect(LearningProfile(scores: [.kunstAfkijken: 2]) == nil)
    }
}
