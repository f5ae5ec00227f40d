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
    /// Worked out from the zone's offset with the Gregorian calendar's arithmetic (days since
    /// 1970 to year, month and day): every submitted scan records its day, and Foundation's
    /// calendar took longer than the rest of the response's bands together.
    public init(_ moment: Date, in timeZone: TimeZone) {
        let local = moment.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: moment))
        let days = Int((local / 86_400).rounded(.down))
        // Counted from 1 March 0000 in 400-year eras, so leap days fall at the end of a year.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)!
    }
}
