import Foundation

/// A scan scale as the dashboard reads it: the latest shown figure and, when the wave before
/// showed the same group, the change since.
public struct ScaleReading: Sendable, Equatable {
    public let mean: Double
    public let n: Int
    public let favourable: Double?
    public let before: Double?
    public let change: ChangeTest.Verdict?

    public init(mean: Double, n: Int, favourable: Double?, before: Double? = nil, change: ChangeTest.Verdict? = nil) {
        self.mean = mean
        self.n = n
        self.favourable = favourable
        self.before = before
        self.change = change
    }
}

/// Everything the dashboard weighs, for the organisation or for one unit.
public struct DashboardInput: Sendable {
    /// Per topic the scan's reading; a topic without one was not asked or may not be shown.
    public var scales: [Topic: ScaleReading] = [:]
    /// The programmes that concern this group (for a unit: those aimed at it, at a unit above
    /// it, or at the whole organisation).
    public var programmes: [Programme] = []
    public var today: CalendarDate
    /// The portfolio's load on each unit in scope that has people.
    public var loads: [Portfolio.Load] = []
    /// The mix of learning preferences, when it may be shown.
    public var preferences: PreferenceMix?

    public init(today: CalendarDate) { self.today = today }
}

/// The verdict on one topic, with the signals it rests on, strongest first.
public struct Assessment: Codable, Sendable, Equatable {
    public let topic: Topic
    public let verdict: Verdict?
    public let signals: [Signal]

    public init(topic: Topic, signals: [Signal]) {
        self.topic = topic
        // Strengths first; within a verdict the order the rules were weighed in.
        self.signals = signals.enumerated().sorted { ($0.element.verdict, -$0.offset) > ($1.element.verdict, -$1.offset) }.map(\.element)
        verdict = Rule.combine(signals)
    }
}

/// The dashboard: the base question, K1–K5 and the five properties, each assessed from what
/// people perceive and what the portfolio shows.
public struct Dashboard: Codable, Sendable, Equatable {
    public let assessments: [Assessment]
    /// Whether any scan figure and any programme were there to weigh.
    public let hasScan: Bool
    public let hasPortfolio: Bool

    public func assessment(_ topic: Topic) -> Assessment {
        assessments.first { $0.topic == topic } ?? Assessment(topic: topic, signals: [])
    }

    /// K1–K5 with the strong ones first, then attention, then concern, then those without data.
    public var coreQuestionsStrengthsFirst: [Assessment] {
        let order: [Verdict?] = [.strong, .attention, .concern, nil]
        return Topic.coreQuestions.map(assessment).enumerated().sorted { a, b in
            (order.firstIndex(of: a.element.verdict)!, a.offset) < (order.firstIndex(of: b.element.verdict)!, b.offset)
        }.map(\.element)
    }

    public init(_ input: DashboardInput) {
        let portfolio = Portfolio(input.programmes)
        let facts = PortfolioFacts(portfolio, today: input.today, loads: input.loads)
        var signals: [Topic: [Evidence]] = [:]
        for topic in Topic.allCases { signals[topic] = Self.perception(topic, input.scales[topic]) }
        let falling = Topic.coreQuestions.filter { input.scales[$0]?.change == .down }
        let rising = Topic.coreQuestions.filter { input.scales[$0]?.change == .up }
        if Topic.coreQuestions.contains(where: { input.scales[$0]?.change != nil }) {
            signals[.base, default: []].append(.decliningScales(falling: falling, rising: rising))
        }
        signals[.base, default: []] += facts.base
        signals[.k1, default: []] += facts.k1
        signals[.k2, default: []] += facts.k2 + (input.preferences.flatMap(Self.diversity).map { [$0] } ?? [])
        signals[.k3, default: []] += facts.k3
        signals[.k4, default: []] += facts.k4
        signals[.k5, default: []] += facts.k5
        assessments = Topic.allCases.map { Assessment(topic: $0, signals: (signals[$0] ?? []).compactMap(Signal.init)) }
        hasScan = !input.scales.isEmpty
        hasPortfolio = !input.programmes.isEmpty
    }

    private static func perception(_ topic: Topic, _ reading: ScaleReading?) -> [Evidence] {
        guard let reading else { return [] }
        var evidence: [Evidence] = [.perception(topic: topic, mean: reading.mean, n: reading.n, favourable: reading.favourable)]
        if let before = reading.before, let change = reading.change {
            evidence.append(.trend(topic: topic, before: before, after: reading.mean, direction: change))
        }
        return evidence
    }

    private static func diversity(_ mix: PreferenceMix) -> Evidence? {
        // The mix gives 0–1; the dashboard speaks of 0–100 like the diversity page.
        mix.people > 0 ? .preferenceDiversity(index: mix.diversity * 100, people: mix.people) : nil
    }
}
