import Foundation
import VeerkrachtCore

/// Every text of the interface, once per language. A protocol rather than a table of keys: a
/// text missing in one language does not compile, and texts with numbers or names are whole
/// sentences per language, never pieced together.
protocol Strings: AccountStrings, SingleSignOnStrings, PrintedCodeStrings, PulseStrings, AdminStrings, OrganisationStrings, PeopleStrings,
    WaveStrings,
    SurveyStrings,
    ResultStrings,
    PreferenceStrings, PortfolioStrings, DashboardStrings, APIStrings, Sendable
{
    var language: Language { get }
    var languageName: String { get }
    var locale: Locale { get }

    // Frame
    var skipToContent: String { get }
    var mainNavigation: String { get }
    var administration: String { get }
    var placesNavigation: String { get }
    var administrationPlace: String { get }
    var apiPlace: String { get }
    var dashboardPlace: String { get }
    var conversationsPlace: String { get }
    var menu: String { get }
    var breadcrumbsLabel: String { get }
    var noUnitsChosen: String { get }
    var addUnitLabel: String { get }
    var addUnitHint: String { get }
    func showAllUnits(_ count: Int) -> String
    var chooseOrganisation: String { get }
    var backHome: String { get }
    func signOut(email: String) -> String
    func footer(version: String) -> String
    func errorTitle(status: Int) -> String
    func message(for error: AppError) -> String
    func message(forStatus status: UInt) -> String

    /// A role with what it may do, as one sentence for the invitation form.

    var nameLabel: String { get }
    var nameRequired: String { get }
    func nameTooLong(maximum: Int) -> String

}

extension Strings {
    /// A moment as people in the Netherlands read it.
    func dateTime(_ date: Date) -> String {
        dateTime(date, in: TimeZone(identifier: "Europe/Amsterdam") ?? .current)
    }

    /// A calendar day written out, `1 maart 2026` / `1 March 2026`; pages never show ISO dates
    /// (CSV files do, for the programs that read them).
    func day(_ date: CalendarDate) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        guard let moment = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) else {
            return date.description
        }
        var style = Date.FormatStyle(date: .long, time: .omitted)
        style.locale = locale
        style.timeZone = calendar.timeZone
        return moment.formatted(style)
    }

    /// A day that may be unknown: a dash then.
    func day(_ date: CalendarDate?) -> String { date.map(day) ?? "–" }

    func dateTime(_ date: Date, in timeZone: TimeZone) -> String {
        var style = Date.FormatStyle(date: .long, time: .shortened)
        style.locale = locale
        style.timeZone = timeZone
        return date.formatted(style)
    }

    func period(_ start: Date, _ end: Date, in timeZone: TimeZone) -> String {
        "\(dateTime(start, in: timeZone)) – \(dateTime(end, in: timeZone))"
    }

    /// A number with one decimal, with the language's decimal separator.
    func decimal(_ value: Double) -> String {
        value.formatted(.number.precision(.fractionLength(1)).locale(locale))
    }

    /// Whole numbers with grouping, for money.
    func decimal0(_ value: Double) -> String {
        value.formatted(.number.precision(.fractionLength(0)).locale(locale))
    }

    /// Two decimals, for means on the 1–5 scale and α.
    func decimal2(_ value: Double) -> String {
        value.formatted(.number.precision(.fractionLength(2)).locale(locale))
    }

    /// Three decimals, for p-values.
    func decimal3(_ value: Double) -> String {
        value.formatted(.number.precision(.fractionLength(3)).locale(locale))
    }

    func percentage(_ share: Double) -> String {
        share.formatted(.percent.precision(.fractionLength(0)).locale(locale))
    }

    /// A list of names in the language's own way, e.g. "a, b en c".
    func list(_ items: [String]) -> String {
        items.formatted(.list(type: .and).locale(locale))
    }
}
