import Foundation

/// The columns an HR export may carry. Only `external_id` is required; a column that is
/// absent leaves what Veerkracht knows untouched, an empty cell in a present column clears it.
public enum PersonColumn: String, CaseIterable, Sendable, Hashable {
    case externalID = "external_id"
    case email
    case unit
    case birthYear = "birth_year"
    case gender
    case startDate = "start_date"
    case level

    /// Header names are matched loosely: case, spaces, dashes and underscores do not matter,
    /// so `External ID`, `external-id` and `E-mail` are understood.
    public init?(header: String) {
        func key(_ text: String) -> String { text.lowercased().filter { $0.isLetter || $0.isNumber } }
        let wanted = key(header)
        guard let column = PersonColumn.allCases.first(where: { key($0.rawValue) == wanted }) else { return nil }
        self = column
    }
}

public enum Gender: String, CaseIterable, Sendable, Hashable {
    case female = "f"
    case male = "m"
    case other = "x"
}

/// A date without a time or zone, as an HR system means a start date.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
            (1...CalendarDate.days(inMonth: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Accepts ISO `2024-03-01` and the Dutch `1-3-2024` / `01-03-2024` that Excel writes.
    public init?(parsing text: String) {
        // Stored dates have nothing to trim, and every survey page parses one.
        let untouched = text.first?.isWhitespace == false && text.last?.isWhitespace == false
        let parts = (untouched ? text : text.trimmingCharacters(in: .whitespaces)).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
            let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
        else { return nil }
        if parts[0].count == 4 {
            self.init(year: a, month: b, day: c)
        } else if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 {
            self.init(year: c, month: b, day: a)
        } else {
            return nil
        }
    }

    /// ISO 8601, the form stored and exported.
    /// `2026-11-23`. Written out by hand: `String(format:)` showed up in every submit.
    public var description: String {
        func padded(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
