import Foundation

/// One of the seven organisation-development processes of the first text.
public enum ODProcess: String, CaseIterable, Codable, Sendable {
    case besluitvorming, creatie, cohesie, navigeren
    case persoonlijkeOntwikkeling = "persoonlijke-ontwikkeling"
    case professionalisering, samenwerking
}

/// An L&D programme as an advisor keeps it: where it must lead, what its design assumes, what
/// it should yield, what it costs and who bears that, and how it was evaluated and adjusted.
public struct Programme: Codable, Sendable, Equatable {
    public enum Status: String, CaseIterable, Codable, Sendable { case idea, design, running, completed, stopped }
    public enum Focus: String, CaseIterable, Codable, Sendable { case individual, organisation, both }
    public enum Level: String, CaseIterable, Codable, Sendable { case individual, collective, organisation }
    public enum YieldKind: String, CaseIterable, Codable, Sendable { case measurableResult, noticeableChange, productDelivered }
    public enum Bearer: String, CaseIterable, Codable, Sendable { case organisation, individual }
    public enum Verdict: String, CaseIterable, Codable, Sendable { case open, held, notHeld }
    public enum Realisation: String, CaseIterable, Codable, Sendable { case realised, partly, notRealised }

    /// An assumption behind a design choice: "we expect X here because Y".
    public struct DesignRule: Codable, Sendable, Equatable {
        public var assumption: String
        public var verdict: Verdict = .open
        public var note: String = ""
        public init(assumption: String) { self.assumption = assumption }
    }

    public struct ExpectedYield: Codable, Sendable, Equatable {
        public var level: Level
        public var kind: YieldKind
        public var indicator: String
        public var target: String
        public var measuredOn: CalendarDate?
        /// Added after the start: counted apart, never as designed beforehand.
        public var addedAfterwards: Bool
        public var realisation: Realisation?
        public var evidence: String = ""

        public init(level: Level, kind: YieldKind, indicator: String, target: String, measuredOn: CalendarDate?, addedAfterwards: Bool) {
            self.level = level
            self.kind = kind
            self.indicator = indicator
            self.target = target
            self.measuredOn = measuredOn
            self.addedAfterwards = addedAfterwards
        }
    }

    /// What one year of the programme cost, in euros and hours, and who bore it.
    public struct Investment: Codable, Sendable, Equatable {
        public var year: Int
        public var money: Double
        public var participantHours: Double
        /// Hours colleagues worked to cover for the participants: the burden on others.
        public var coveringHours: Double
        public var bearer: Bearer

        public init(year: Int, money: Double, participantHours: Double, coveringHours: Double, bearer: Bearer) {
            self.year = year
            self.money = money
            self.participantHours = participantHours
            self.coveringHours = coveringHours
            self.bearer = bearer
        }
    }

    public struct Adjustment: Codable, Sendable, Equatable {
        public var date: CalendarDate
        public var reason: String
        public init(date: CalendarDate, reason: String) {
            self.date = date
            self.reason = reason
        }
    }

    public var name: String
    public var owner: String = ""
    public var status: Status = .idea
    public var start: CalendarDate?
    public var end: CalendarDate?
    /// The organisational issue in the work the programme must solve, in the organisation's words.
    public var destination: String = ""
    public var process: ODProcess?
    public var focus: Focus?
    public var targetUnits: [UUID] = []
    public var targetLevels: String = ""
    public var participants: Int?
    /// Built on what participants themselves asked for (core question K4).
    public var basedOnOwnWishes = false
    public var designRules: [DesignRule] = []
    public var yields: [ExpectedYield] = []
    public var investments: [Investment] = []
    /// Benefits in euros where known, and the share (0–1) attributed to the programme.
    public var benefits: Double?
    public var attributedShare: Double?
    /// Euros per hour to count participants' and colleagues' hours as costs; nil counts money only.
    public var hourlyCost: Double?
    /// The last time the programme was designed or redesigned (the start when never).
    public var designedOn: CalendarDate?
    /// The last reconstruction made after the fact.
    public var reconstructedOn: CalendarDate?
    public var adjustments: [Adjustment] = []

    public init(name: String) { self.name = name }

    /// Whether a yield added on `day` counts as added afterwards: the programme has started.
    public func yieldWouldBeAfterwards(on day: CalendarDate) -> Bool {
        guard let start else { return status == .running || status == .completed }
        return day >= start || status == .running || status == .completed
    }
}

extension CalendarDate: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The same day `years` later (29 February becomes 28 February).
    public func adding(years: Int) -> CalendarDate {
        CalendarDate(year: year + years, month: month, day: day) ?? CalendarDate(year: year + years, month: month, day: 28)!
    }
}
