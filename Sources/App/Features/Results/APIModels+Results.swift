import Foundation
import VeerkrachtCore

struct ScaleResultDTO: Encodable, Sendable {
    let scale: String
    let n: Int
    let mean: Double
    @Null var standardDeviation: Double?
    @Null var ciLow: Double?
    @Null var ciHigh: Double?
    let score100: Double
    @Null var favourable: Double?
    @Null var alpha: Double?
    let distribution: [Int]
}

/// A group's aggregates; `shown` is false (and `scales` empty) for a group the anonymity rule hides.
struct ResultsDTO: Encodable, Sendable {
    let wave: UUID
    @Null var unitId: UUID?
    @Null var band: String?
    let shown: Bool
    let threshold: Int
    let scales: [ScaleResultDTO]
}

struct TeamMixDTO: Encodable, Sendable {
    struct Preference: Encodable, Sendable {
        let preference: String
        let strongestShare: Double
        let inTopTwo: Int
        @Null var mean: Double?
    }
    let wave: UUID
    @Null var unitId: UUID?
    /// False when the people who did not share their profile are too few to show a mix.
    let shown: Bool
    @Null var people: Int?
    @Null var diversity: Double?
    let preferences: [Preference]
    let advice: [String]
}

struct DashboardDTO: Encodable, Sendable {
    struct SignalDTO: Encodable, Sendable {
        let rule: String
        let source: String
        let value: Double
        let verdict: String
        let sentence: String
    }
    struct TopicDTO: Encodable, Sendable {
        let topic: String
        let question: String
        @Null var verdict: String?
        let signals: [SignalDTO]
    }
    @Null var unitId: UUID?
    let hasScan: Bool
    let hasPortfolio: Bool
    let scanSuppressed: Bool
    let overdueActions: Int
    let topics: [TopicDTO]
}

struct ProgrammeDTO: Encodable, Sendable {
    let id: UUID
    let programme: Programme
    let designedBeforehand: Bool
    let costs: Double
    @Null var roiPercent: Double?
}
