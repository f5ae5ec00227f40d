import Foundation
import VeerkrachtCore

struct ScaleResultDTO: Encodable, Sendable {
    let scale: String
    let n: Int
    let mean: Double
    let standardDeviation: Double?
    let ciLow: Double?
    let ciHigh: Double?
    let score100: Double
    let favourable: Double?
    let alpha: Double?
    let distribution: [Int]

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(scale, forKey: .scale); try c.encode(n, forKey: .n); try c.encode(mean, forKey: .mean)
        try c.encode(standardDeviation, forKey: .standardDeviation); try c.encode(ciLow, forKey: .ciLow); try c.encode(ciHigh, forKey: .ciHigh)
        try c.encode(score100, forKey: .score100); try c.encode(favourable, forKey: .favourable); try c.encode(alpha, forKey: .alpha)
        try c.encode(distribution, forKey: .distribution)
    }
    enum CodingKeys: String, CodingKey { case scale, n, mean, standardDeviation, ciLow, ciHigh, score100, favourable, alpha, distribution }
}

/// A group's aggregates; `shown` is false (and `scales` empty) for a group the anonymity rule hides.
struct ResultsDTO: Encodable, Sendable {
    let wave: UUID
    let unitId: UUID?
    let band: String?
    let shown: Bool
    let threshold: Int
    let scales: [ScaleResultDTO]

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(wave, forKey: .wave); try c.encode(unitId, forKey: .unitId); try c.encode(band, forKey: .band)
        try c.encode(shown, forKey: .shown); try c.encode(threshold, forKey: .threshold); try c.encode(scales, forKey: .scales)
    }
    enum CodingKeys: String, CodingKey { case wave, unitId, band, shown, threshold, scales }
}

struct TeamMixDTO: Encodable, Sendable {
    struct Preference: Encodable, Sendable {
        let preference: String
        let strongestShare: Double
        let inTopTwo: Int
        let mean: Double?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(preference, forKey: .preference); try c.encode(strongestShare, forKey: .strongestShare)
            try c.encode(inTopTwo, forKey: .inTopTwo); try c.encode(mean, forKey: .mean)
        }
        enum CodingKeys: String, CodingKey { case preference, strongestShare, inTopTwo, mean }
    }
    let wave: UUID
    let unitId: UUID?
    /// False when the people who did not share their profile are too few to show a mix.
    let shown: Bool
    let people: Int?
    let diversity: Double?
    let preferences: [Preference]
    let advice: [String]

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(wave, forKey: .wave); try c.encode(unitId, forKey: .unitId); try c.encode(shown, forKey: .shown)
        try c.encode(people, forKey: .people); try c.encode(diversity, forKey: .diversity)
        try c.encode(preferences, forKey: .preferences); try c.encode(advice, forKey: .advice)
    }
    enum CodingKeys: String, CodingKey { case wave, unitId, shown, people, diversity, preferences, advice }
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
        let verdict: String?
        let signals: [SignalDTO]

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(topic, forKey: .topic); try c.encode(question, forKey: .question)
            try c.encode(verdict, forKey: .verdict); try c.encode(signals, forKey: .signals)
        }
        enum CodingKeys: String, CodingKey { case topic, question, verdict, signals }
    }
    let unitId: UUID?
    let hasScan: Bool
    let hasPortfolio: Bool
    let scanSuppressed: Bool
    let overdueActions: Int
    let topics: [TopicDTO]

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(unitId, forKey: .unitId); try c.encode(hasScan, forKey: .hasScan); try c.encode(hasPortfolio, forKey: .hasPortfolio)
        try c.encode(scanSuppressed, forKey: .scanSuppressed); try c.encode(overdueActions, forKey: .overdueActions)
        try c.encode(topics, forKey: .topics)
    }
    enum CodingKeys: String, CodingKey { case unitId, hasScan, hasPortfolio, scanSuppressed, overdueActions, topics }
}

struct ProgrammeDTO: Encodable, Sendable {
    let id: UUID
    let programme: Programme
    let designedBeforehand: Bool
    let costs: Double
    let roiPercent: Double?

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(programme, forKey: .programme)
        try c.encode(designedBeforehand, forKey: .designedBeforehand); try c.encode(costs, forKey: .costs)
        try c.encode(roiPercent, forKey: .roiPercent)
    }
    enum CodingKeys: String, CodingKey { case id, programme, designedBeforehand, costs, roiPercent }
}
