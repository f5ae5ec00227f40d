import Foundation

/// What a manager or advisor asks for when scheduling a follow-up pulse on an action: which
/// questions, how many weeks after the action's due day it opens, and how many days it stays
/// open. Read from a form; every problem at once.
public struct PulsePlan: Sendable, Equatable {
    public let topics: [Topic]
    public let weeksAfterDue: Int
    public let openDays: Int

    public static let weeksAfterDue = 0...52
    public static let openDays = 3...42
    /// The local hour a pulse opens; it closes at the same hour `openDays` later.
    public static let openingHour = 8

    public enum Problem: String, Sendable, Equatable, CaseIterable {
        case noQuestion, unknownQuestion, weeksOutOfRange, daysOutOfRange
    }

    public init(topics: [Topic], weeksAfterDue: Int, openDays: Int) {
        self.topics = topics
        self.weeksAfterDue = weeksAfterDue
        self.openDays = openDays
    }

    public static func parse(topics: [String], weeksAfterDue: String?, openDays: String?) -> Result<PulsePlan, PulseProblems> {
        var problems: [Problem] = []
        let chosen = topics.compactMap(Topic.init(rawValue:)).filter(Topic.conversation.contains)
        if topics.isEmpty { problems.append(.noQuestion) } else if chosen.count != topics.count { problems.append(.unknownQuestion) }
        let weeks = weeksAfterDue.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        if weeks.map(Self.weeksAfterDue.contains) != true { problems.append(.weeksOutOfRange) }
        let days = openDays.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        if days.map(Self.openDays.contains) != true { problems.append(.daysOutOfRange) }
        guard problems.isEmpty, let weeks, let days else { return .failure(PulseProblems(problems)) }
        // In the conversation's order, each once, whatever order the form sent.
        let ordered = Topic.conversation.filter(Set(chosen).contains)
        return .success(PulsePlan(topics: ordered, weeksAfterDue: weeks, openDays: days))
    }

    /// From `openingHour` on the day `weeksAfterDue` weeks after `due`, for `openDays` days,
    /// in the wave's time zone.
    public func window(due: CalendarDate, in timeZone: TimeZone) -> DateInterval? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let start = DateComponents(year: due.year, month: due.month, day: due.day, hour: Self.openingHour)
        guard let dueMoment = calendar.date(from: start),
            let opens = calendar.date(byAdding: .day, value: 7 * weeksAfterDue, to: dueMoment),
            let closes = calendar.date(byAdding: .day, value: openDays, to: opens)
        else { return nil }
        return DateInterval(start: opens, end: closes)
    }

    /// The short form of the DLO scan a pulse on these topics asks, e.g. `dlo@1:V+K2`.
    public var instrumentReference: String {
        DLOScan.version1.shortFormReference(scales: Set(topics.map(\.scale.code)))
    }
}

public struct PulseProblems: Error, Sendable, Equatable {
    public let problems: [PulsePlan.Problem]
    public init(_ problems: [PulsePlan.Problem]) { self.problems = problems }
}
