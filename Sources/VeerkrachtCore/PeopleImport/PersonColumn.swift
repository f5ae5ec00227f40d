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
    /// so `External ID`, `external-id` and `E-mail` are understood, and so are the names Dutch
    /// HR systems export (`Personeelsnummer`, `E-mailadres`, `Afdeling`, `Datum in dienst`, …).
    public init?(header: String) {
        let wanted = Self.key(header)
        guard let column = Self.byKey[wanted] else { return nil }
        self = column
    }

    /// The other names each column goes by in HR exports, Dutch and English.
    public var aliases: [String] {
        switch self {
        case .externalID:
            ["Personeelsnummer", "Personeelsnr", "Medewerkernummer", "Werknemersnummer", "Employee ID", "Employee number"]
        case .email: ["E-mailadres", "Emailadres", "E-mail", "Mailadres", "Email address"]
        case .unit: ["Afdeling", "Eenheid", "Organisatieonderdeel", "Organisatie-eenheid", "Department"]
        case .birthYear: ["Geboortejaar", "Year of birth"]
        case .gender: ["Geslacht", "Sex"]
        case .startDate: ["Datum in dienst", "In dienst sinds", "Indienstdatum", "Startdatum", "Hire date"]
        case .level: ["Functieniveau", "Niveau", "Job level"]
        }
    }

    /// The header this column has in the Dutch template.
    public var dutchHeader: String {
        switch self {
        case .externalID: "Personeelsnummer"
        case .email: "E-mailadres"
        case .unit: "Afdeling"
        case .birthYear: "Geboortejaar"
        case .gender: "Geslacht"
        case .startDate: "Datum in dienst"
        case .level: "Functieniveau"
        }
    }

    private static func key(_ text: String) -> String { text.lowercased().filter { $0.isLetter || $0.isNumber } }

    private static let byKey: [String: PersonColumn] = {
        var keys: [String: PersonColumn] = [:]
        for column in allCases {
            for name in [column.rawValue] + column.aliases { keys[key(name)] = column }
        }
        return keys
    }()
}

public enum Gender: String, CaseIterable, Sendable, Hashable {
    case female = "f"
    case male = "m"
    case other = "x"

    /// The ways HR exports write it: `f`/`m`/`x`, the Dutch `V` (vrouw) and `M` (man), and the words.
    public init?(spelling: String) {
        switch spelling.trimmingCharacters(in: .whitespaces).lowercased() {
        case "f", "v", "vrouw", "female", "woman", "w": self = .female
        case "m", "man", "male": self = .male
        case "x", "anders", "other", "non-binair", "non-binary", "nonbinary", "divers": self = .other
        default: return nil
        }
    }
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
