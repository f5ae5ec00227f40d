import Foundation

/// How learning preferences are spread in a group of profiles: the share of people for whom
/// each preference is dominant (a tie splits the person), how many have it among their two
/// strongest, and the mean score per preference. Mixes of disjoint groups add up.
public struct PreferenceMix: Sendable, Equatable {
    public private(set) var people = 0
    // Per preference in `LearningPreference.allCases` order: kept in arrays rather than keyed
    // by preference, because a wave's mixes add every respondent (a million rows at most).
    private var dominantCounts = [Double](repeating: 0, count: LearningPreference.allCases.count)
    private var topTwoCounts = [Int](repeating: 0, count: LearningPreference.allCases.count)
    private var sums = [Double](repeating: 0, count: LearningPreference.allCases.count)

    /// Per preference: the people for whom it is dominant, a tie shared equally.
    public var dominant: [LearningPreference: Double] { Self.keyed(dominantCounts) }
    /// Per preference: people with fewer than two preferences scoring strictly higher.
    public var inTopTwo: [LearningPreference: Int] { Self.keyed(topTwoCounts) }

    public init() {}

    public init(_ profiles: [LearningProfile]) {
        for profile in profiles { add(profile) }
    }

    public mutating func add(_ profile: LearningProfile) {
        add(scores: LearningPreference.allCases.map { profile.scores[$0] ?? 0 })
    }

    /// Adds one person from their five scores in `LearningPreference.allCases` order, as a
    /// profile with those scores would be added; any other count adds nothing.
    mutating func add(scores: [Double]) {
        guard scores.count == sums.count, let top = scores.max() else { return }
        people += 1
        let tied = Double(scores.reduce(0) { $1 == top ? $0 + 1 : $0 })
        for (index, score) in scores.enumerated() {
            sums[index] += score
            if score == top { dominantCounts[index] += 1 / tied }
            if scores.reduce(0, { $1 > score ? $0 + 1 : $0 }) < 2 { topTwoCounts[index] += 1 }
        }
    }

    public static func + (lhs: PreferenceMix, rhs: PreferenceMix) -> PreferenceMix {
        var sum = lhs
        sum.people += rhs.people
        for index in sum.sums.indices {
            sum.dominantCounts[index] += rhs.dominantCounts[index]
            sum.topTwoCounts[index] += rhs.topTwoCounts[index]
            sum.sums[index] += rhs.sums[index]
        }
        return sum
    }

    private static func keyed<Value>(_ values: [Value]) -> [LearningPreference: Value] {
        Dictionary(uniqueKeysWithValues: zip(LearningPreference.allCases, values))
    }

    private static func index(of preference: LearningPreference) -> Int {
        LearningPreference.allCases.firstIndex(of: preference) ?? 0
    }

    /// The share (0–1) of people for whom the preference is dominant.
    public func dominantShare(_ preference: LearningPreference) -> Double {
        people == 0 ? 0 : dominantCounts[Self.index(of: preference)] / Double(people)
    }

    public func mean(_ preference: LearningPreference) -> Double? {
        people == 0 ? nil : sums[Self.index(of: preference)] / Double(people)
    }

    /// The preferences dominant for the most people (more than one on a tie).
    public var mostCommon: [LearningPreference] {
        let top = LearningPreference.allCases.map(dominantShare).max() ?? 0
        return top == 0 ? [] : LearningPreference.allCases.filter { abs(dominantShare($0) - top) < 1e-9 }
    }

    /// Diversity of dominant preferences from 0 (everyone the same) to 1 (evenly spread over all
    /// five): Shannon entropy divided by its maximum.
    public var diversity: Double {
        guard people > 0 else { return 0 }
        let entropy = LearningPreference.allCases.map(dominantShare).filter { $0 > 0 }.reduce(0) { $0 - $1 * log($1) }
        return entropy / log(Double(LearningPreference.allCases.count))
    }
}
