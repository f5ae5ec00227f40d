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
    public init?(answers: [String: Int], instrument: Instrument = LearningPreferenceScan.version1) {
        var scores: [LearningPreference: Double] = [:]
        for preference in LearningPreference.allCases {
            let values = instrument.items(in: preference.rawValue).compactMap { item in
                answers[item.code].map { Double(Scoring.keyed($0, reversed: item.reverseKeyed)) }
            }
            guard !values.isEmpty else { return nil }
            scores[preference] = values.reduce(0, +) / Double(values.count)
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
                let a = scores[lhs.element]!, b = scores[rhs.element]!
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
