import Foundation

/// What an advisor chooses when preparing a wave, checked before anything is stored.
public struct WaveSettings: Sendable, Equatable {
    public var name: String
    /// Instrument references such as `dlo@1`.
    public var instruments: [String]
    /// The units in scope; their sub-units are in scope too.
    public var units: [UUID]
    public var opensAt: Date
    public var closesAt: Date
    public var timeZone: TimeZone
    public var anonymityThreshold: Int
    public var languages: [Language]
    /// Open answers show only for groups of at least this many (they are the answers most
    /// likely to be recognised); never below `anonymityThreshold`.
    public var openAnswerThreshold: Int

    public static let defaultTimeZone = TimeZone(identifier: "Europe/Amsterdam")!

    public init(
        name: String, instruments: [String], units: [UUID], opensAt: Date, closesAt: Date,
        timeZone: TimeZone = WaveSettings.defaultTimeZone, anonymityThreshold: Int, languages: [Language] = Language.allCases,
        openAnswerThreshold: Int? = nil
    ) {
        self.name = name
        self.instruments = instruments
        self.units = units
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.timeZone = timeZone
        self.anonymityThreshold = anonymityThreshold
        self.languages = languages
        self.openAnswerThreshold = openAnswerThreshold ?? max(Self.defaultOpenAnswerThreshold, anonymityThreshold)
    }

    public enum Problem: Hashable, Sendable {
        case nameMissing
        case nameTooLong(maximum: Int)
        case opensAtInvalid
        case closesAtInvalid
        case unknownTimeZone
        case noInstrument
        case unknownInstrument(String)
        case noUnit
        case unknownUnit(UUID)
        /// A typed unit path that names no active unit.
        case unknownUnitPath(String)
        case closesBeforeOpening
        /// An opened wave's new close moment lies in the past; closing now is its own step.
        case closesInThePast
        case thresholdTooLow(minimum: Int)
        case thresholdTooHigh(maximum: Int)
        case unknownLanguage(String)
        case controlCharacter
        case openAnswerThresholdTooLow(minimum: Int)
        case noLanguage
    }

    /// The smallest anonymity threshold any wave may have.
    public static let minimumThreshold = 3
    public static let defaultOpenAnswerThreshold = 10
    /// A threshold above this is a typing error: no unit of an organisation is that large.
    public static let maximumThreshold = 1_000

    /// Every problem at once, so the form can show them all.
    public func problems(units tree: UnitTree) -> [Problem] {
        var problems = Self.nameProblems(name)
        if instruments.isEmpty { problems.append(.noInstrument) }
        for reference in instruments where InstrumentCatalog.instrument(reference: reference) == nil {
            problems.append(.unknownInstrument(reference))
        }
        if units.isEmpty { problems.append(.noUnit) }
        for unit in units where tree.nodes[unit].map({ $0.isArchived }) ?? true {
            problems.append(.unknownUnit(unit))
        }
        if closesAt <= opensAt { problems.append(.closesBeforeOpening) }
        if anonymityThreshold < Self.minimumThreshold { problems.append(.thresholdTooLow(minimum: Self.minimumThreshold)) }
        if anonymityThreshold > Self.maximumThreshold { problems.append(.thresholdTooHigh(maximum: Self.maximumThreshold)) }
        if openAnswerThreshold < max(anonymityThreshold, Self.minimumThreshold) {
            problems.append(.openAnswerThresholdTooLow(minimum: max(anonymityThreshold, Self.minimumThreshold)))
        }
        if languages.isEmpty { problems.append(.noLanguage) }
        return problems
    }

    /// What is wrong with a wave's name; the same rule when a wave is made and when it is renamed.
    public static func nameProblems(_ name: String) -> [Problem] {
        var problems: [Problem] = []
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(.nameMissing) }
        // Counted as sent, the way every entry point counts a name.
        if TextRules.containsControlCharacter(name) {
            problems.append(.controlCharacter)
        } else if TextRules.length(name) > NameRules.maximumLength {
            problems.append(.nameTooLong(maximum: NameRules.maximumLength))
        }
        return problems
    }

    /// The languages named by `codes` (`nl`, `en`), and a problem for each code that is none.
    public static func languages(codes: [String]) -> (languages: [Language], problems: [Problem]) {
        var languages: [Language] = []
        var problems: [Problem] = []
        for code in codes {
            if let language = Language(rawValue: code) {
                if !languages.contains(language) { languages.append(language) }
            } else {
                problems.append(.unknownLanguage(code))
            }
        }
        return (languages, problems)
    }

    /// The units whose people are invited: the chosen units and everything below them, each once.
    public func unitsInScope(of tree: UnitTree) -> Set<UUID> {
        Self.unitsInScope(units, of: tree)
    }

    /// The same for units chosen earlier (a stored wave): archived units drop out.
    public static func unitsInScope(_ units: [UUID], of tree: UnitTree) -> Set<UUID> {
        Set(units.flatMap { tree.subtree(of: $0).filter { !$0.isArchived }.map(\.id) })
    }
}

extension WaveSettings.Problem {
    /// The form field the problem belongs to; the API names the same field in its own spelling.
    public var field: String {
        switch self {
        case .nameMissing, .nameTooLong, .controlCharacter: "name"
        case .opensAtInvalid: "opens_at"
        case .closesAtInvalid, .closesBeforeOpening, .closesInThePast: "closes_at"
        case .unknownTimeZone: "time_zone"
        case .noInstrument, .unknownInstrument: "instruments"
        case .noUnit, .unknownUnit, .unknownUnitPath: "units"
        case .thresholdTooLow, .thresholdTooHigh: "threshold"
        case .openAnswerThresholdTooLow: "open_answer_threshold"
        case .noLanguage, .unknownLanguage: "languages"
        }
    }
}

extension InstrumentCatalog {
    /// The instrument a reference like `dlo@1`, or a short form like `dlo@1:K2`, names.
    public static func instrument(reference: String) -> Instrument? {
        InstrumentReference(parsing: reference)?.instrument
    }
}
