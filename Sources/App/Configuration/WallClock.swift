import Foundation
import NIOConcurrencyHelpers
import Vapor
import VeerkrachtCore

/// The application's one clock: every "now" and "today" the App uses is read from it, so a test
/// can stand on 29 February or at a change to summer time without waiting for it.
/// (Elapsed times, such as how long a backup took, are measured with `ContinuousClock`.)
struct WallClock: Sendable {
    private let read: @Sendable () -> Date

    init(_ read: @escaping @Sendable () -> Date) { self.read = read }

    static let system = WallClock { Date() }

    /// A clock that stands still at `moment` until a test moves it.
    static func fixed(_ moment: Date) -> WallClock { WallClock { moment } }

    func now() -> Date { read() }

    /// The calendar day it is in the organisations' time zone (the one waves default to).
    func today() -> CalendarDate { Self.day(of: now()) }

    /// The calendar day a moment falls on in the organisations' time zone.
    static func day(of moment: Date) -> CalendarDate { CalendarDate(moment, in: WaveSettings.defaultTimeZone) }
}

extension Application {
    private struct ClockKey: StorageKey { typealias Value = WallClock }

    /// The system clock unless a test set another.
    var clock: WallClock {
        get { storage[ClockKey.self] ?? .system }
        set { storage[ClockKey.self] = newValue }
    }
}

extension Request {
    /// Now, by the application's clock.
    var now: Date { application.clock.now() }
    /// Today in the organisations' time zone, by the application's clock.
    var today: CalendarDate { application.clock.today() }
}

extension Duration {
    /// The duration in seconds, for printing how long a command took.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
