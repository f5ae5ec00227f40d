import Foundation

/// The five learning preferences of the texts, in the order the scan asks them.
public enum LearningPreference: String, CaseIterable, Sendable, Codable {
    case kunstAfkijken = "KA"
    case participeren = "PA"
    case kennisVerwerven = "KV"
    case oefenen = "OE"
    case ontdekken = "ON"
}

/// One person's profile from their learning-preference scan: a 1–5 score per preference and
/// the preferences from strongest to weakest.
public struct LearningProfile: Sendable, Equatable {
    public let scores: [LearningPreference: Double]

    /// nil unless every preference has at least one answer: a profile with gaps would mislead.
    /// One pass over the items, adding up per scale in the scan's order: every submitted scan
    /// with this instrument makes a profile.
    public init?(answers: [String: Int], instrument: Instrument = LearningPreferenceScan.version1) {
        var sums: [String: (total: Double, count: Int)] = [:]
        for item in instrument.items {
            guard let answer = answers[item.code] else { continue }
            let keyed = Double(Scoring.keyed(answer, reversed: item.reverseKeyed))
            sums[item.scale, default: (0, 0)].total += keyed
            sums[item.scale, default: (0, 0)].count += 1
        }
        var scores: [LearningPreference: Double] = [:]
        for preference in LearningPreference.allCases {
            guard let sum = sums[preference.rawValue] else { return nil }
            scores[preference] = sum.total / Double(sum.count)
        }
        self.scores = scores
    }

    /// A profile kept as scores (all five preferences); nil when one is missing.
    public init?(scores: [LearningPreference: Double]) {
        guard LearningPreference.allCases.allSatisfy({ scores[$0] != nil }) else { return nil }
        self.scores = scores
    }

    /// Strongest first; equal scores keep the scan's order, so the result never depends on chance.
    public var ranking: [LearningPreference] {
        LearningPreference.allCases.enumerated()
            .sorted { lhs, rhs in
                let a = scores[lhs.element]!
                let b = scores[rhs.element]!
                return a != b ? a > b : lhs.offset < rhs.offset
            }
            .map(\.element)
    }

    /// The preferences sharing the highest score.
    public var dominant: [LearningPreference] {
        let top = scores.values.max()!
        return LearningPreference.allCases.filter { scores[$0] == top }
    }
}
