import Foundation

/// Survey fatigue: between two waves for the same people lie at least `weeks` weeks, from the
/// close of one to the opening of the next. A pulse that would come too close is refused with
/// the waves in the way and the earliest moment it could open instead.
public struct SurveyGap: Sendable, Equatable {
    public static let defaultWeeks = 8
    public static let allowedWeeks = 0...26

    public let weeks: Int

    public init(weeks: Int = SurveyGap.defaultWeeks) { self.weeks = weeks }

    /// A wave already planned or held for some of the same people.
    public struct Neighbour: Sendable, Equatable {
        public let name: String
        public let window: DateInterval
        public init(name: String, window: DateInterval) {
            self.name = name
            self.window = window
        }
    }

    public struct Conflict: Sendable, Equatable {
        /// The waves too close to the proposed window, earliest first.
        public let neighbours: [Neighbour]
        /// The first opening, at or after the proposed one, that keeps the gap to every wave;
        /// the pulse keeps its length.
        public let earliestOpening: Date
    }

    private var seconds: TimeInterval { TimeInterval(weeks) * 7 * 86_400 }

    func tooClose(_ window: DateInterval, _ other: DateInterval) -> Bool {
        window.start < other.end.addingTimeInterval(seconds) && other.start < window.end.addingTimeInterval(seconds)
    }

    /// nil when the window keeps the gap to every neighbour.
    public func conflict(for window: DateInterval, neighbours: [Neighbour]) -> Conflict? {
        let close = neighbours.filter { tooClose(window, $0.window) }.sorted { $0.window.start < $1.window.start }
        guard !close.isEmpty else { return nil }
        // Each step moves past the furthest close of those in the way, so it ends after at most
        // as many steps as there are neighbours.
        var candidate = window
        while let blocking = neighbours.filter({ tooClose(candidate, $0.window) }).map(\.window.end).max() {
            let start = blocking.addingTimeInterval(seconds)
            candidate = DateInterval(start: start, duration: window.duration)
        }
        return Conflict(neighbours: close, earliestOpening: candidate.start)
    }
}
