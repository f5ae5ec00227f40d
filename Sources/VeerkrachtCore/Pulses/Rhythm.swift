import Foundation

/// A wave repeated as pulses every few months on a subset of its scales. Each run is prepared
/// as a draft an advisor confirms, so nobody is surveyed by surprise.
public struct Rhythm: Sendable, Equatable {
    public static let allowedMonths = [3, 4, 6]

    public let months: Int
    /// Instrument references of the runs, short forms such as `dlo@1:K2+K5`.
    public let instruments: [String]

    public enum Problem: String, Sendable, Equatable, CaseIterable {
        case monthsNotAllowed, noScale, unknownScale
    }

    public init(months: Int, instruments: [String]) {
        self.months = months
        self.instruments = instruments
    }

    /// Reads the chosen scales as `<instrument>-<scale>` keys (`dlo-K2`, the keys results use)
    /// among the instruments the source wave asked.
    public static func parse(months: String?, scales: [String], of source: [Instrument]) -> Result<Rhythm, RhythmProblems> {
        var problems: [Problem] = []
        let months = months.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        if months.map(allowedMonths.contains) != true { problems.append(.monthsNotAllowed) }
        let known = Set(source.flatMap { instrument in instrument.scales.map { "\(instrument.id)-\($0.code)" } })
        if scales.isEmpty { problems.append(.noScale) } else if !scales.allSatisfy(known.contains) { problems.append(.unknownScale) }
        guard problems.isEmpty, let months else { return .failure(RhythmProblems(problems)) }
        let chosen = Set(scales)
        let instruments = source.compactMap { instrument -> String? in
            let codes = Set(instrument.scales.map(\.code).filter { chosen.contains("\(instrument.id)-\($0)") })
            return codes.isEmpty ? nil : instrument.shortFormReference(scales: codes)
        }
        return .success(Rhythm(months: months, instruments: instruments))
    }

    /// The run after `window`: `months` later, as long, at the same local time.
    public func next(after window: DateInterval, in timeZone: TimeZone) -> DateInterval? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        // The same length in local days and hours, whatever the months in between hold.
        let length = calendar.dateComponents([.day, .hour, .minute], from: window.start, to: window.end)
        guard let start = calendar.date(byAdding: .month, value: months, to: window.start),
            let end = calendar.date(byAdding: length, to: start)
        else { return nil }
        return DateInterval(start: start, end: end)
    }
}

public struct RhythmProblems: Error, Sendable, Equatable {
    public let problems: [Rhythm.Problem]
    public init(_ problems: [Rhythm.Problem]) { self.problems = problems }
}
