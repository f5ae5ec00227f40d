import Foundation

/// How long someone has worked here, in the bands results are broken down by.
public enum TenureBand: String, CaseIterable, Sendable, Codable {
    case underTwo = "0-2"
    case twoToFive = "2-5"
    case fiveToTen = "5-10"
    case tenAndMore = "10+"
}

/// The coarse facts an anonymous response carries about its author, fixed on the day of
/// submitting: never a birth year, a start date or anything finer than these bands.
public struct DemographicBands: Sendable, Equatable {
    /// Ten-year age band such as `30-39`.
    public let ageBand: String?
    public let gender: Gender?
    public let tenureBand: TenureBand?

    public init(ageBand: String?, gender: Gender?, tenureBand: TenureBand?) {
        self.ageBand = ageBand
        self.gender = gender
        self.tenureBand = tenureBand
    }

    public init(birthYear: Int?, gender: Gender?, startDate: CalendarDate?, on day: CalendarDate) {
        self.gender = gender
        ageBand = birthYear.flatMap { Self.ageBand(age: day.year - $0) }
        tenureBand = startDate.map { Self.tenureBand(from: $0, to: day) }
    }

    /// Only the birth year is known, so the age is the one reached this calendar year.
    public static func ageBand(age: Int) -> String? {
        guard age >= 0 else { return nil }
        let lower = age / 10 * 10
        return "\(lower)-\(lower + 9)"
    }

    /// Whole years completed between the start date and the day; a start in the future counts
    /// as just started.
    static func tenureBand(from start: CalendarDate, to day: CalendarDate) -> TenureBand {
        var years = day.year - start.year
        if (day.month, day.day) < (start.month, start.day) { years -= 1 }
        switch years {
        case ..<2: return .underTwo
        case 2..<5: return .twoToFive
        case 5..<10: return .fiveToTen
        default: return .tenAndMore
        }
    }
}

extension CalendarDate {
    /// The calendar day a moment falls on in a time zone; responses record no finer time.
    public init(_ moment: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: moment)
        self.init(year: c.year!, month: c.month!, day: c.day!)!
    }
}
