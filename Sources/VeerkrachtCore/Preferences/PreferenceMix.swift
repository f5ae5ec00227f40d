import Foundation

/// How learning preferences are spread in a group of profiles: the share of people for whom
/// each preference is dominant (a tie splits the person), how many have it among their two
/// strongest, and the mean score per preference. Mixes of disjoint groups add up.
public struct PreferenceMix: Sendable, Equatable {
    public private(set) var people = 0
    /// Per preference: the people for whom it is dominant, a tie shared equally.
    public private(set) var dominant: [LearningPreference: Double] = [:]
    /// Per preference: people with fewer than two preferences scoring strictly higher.
    public private(set) var inTopTwo: [LearningPreference: Int] = [:]
    private var sums: [LearningPreference: Double] = [:]

    public init() {}

    public init(_ profiles: [LearningProfile]) {
        for profile in profiles { add(profile) }
    }

    public mutating func add(_ profile: LearningProfile) {
        people += 1
        let top = profile.dominant
        for preference in LearningPreference.allCases {
            let score = profile.scores[preference]!
            sums[preference, default: 0] += score
            if top.contains(preference) { dominant[preference, default: 0] += 1 / Double(top.count) }
            if profile.scores.values.filter({ $0 > score }).count < 2 { inTopTwo[preference, default: 0] += 1 }
        }
    }

    public static func + (lhs: PreferenceMix, rhs: PreferenceMix) -> PreferenceMix {
        var sum = lhs
        sum.people += rhs.people
        for preference in LearningPreference.allCases {
            sum.dominant[preference, default: 0] += rhs.dominant[preference] ?? 0
            sum.inTopTwo[preference, default: 0] += rhs.inTopTwo[preference] ?? 0
            sum.sums[preference, default: 0] += rhs.sums[preference] ?? 0
        }
        return sum
    }

    /// The share (0–1) of people for whom the preference is dominant.
    public func dominantShare(_ preference: LearningPreference) -> Double {
        people == 0 ? 0 : (dominant[preference] ?? 0) / Double(people)
    }

    public func mean(_ preference: LearningPreference) -> Double? {
        people == 0 ? nil : (sums[preference] ?? 0) / Double(people)
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
