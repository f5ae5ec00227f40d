import Foundation

/// A moment as an advisor types it in a form (`2026-12-01T09:00`, as an HTML
/// `datetime-local` input sends it), read in the wave's time zone.
public enum LocalMoment {
    public static func parse(_ text: String, in timeZone: TimeZone) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "T")
        let halves = trimmed.split(separator: "T")
        guard halves.count == 2 else { return nil }
        let date = halves[0].split(separator: "-").compactMap { Int($0) }
        let time = halves[1].split(separator: ":").compactMap { Int($0) }
        guard date.count == 3, (2...3).contains(time.count),
            (1...12).contains(date[1]), (0...23).contains(time[0]), (0...59).contains(time[1])
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: date[0], month: date[1], day: date[2], hour: time[0], minute: time[1])
        guard let moment = calendar.date(from: components),
            calendar.component(.day, from: moment) == date[2]
        else { return nil }
        return moment
    }

    /// The form value for a moment, in the wave's time zone.
    public static func format(_ date: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
    }
}
