import Foundation

/// How many of a unit's invitees started and finished. Counts only, never who.
public struct ResponseRate: Sendable, Equatable {
    public let invited: Int
    public let started: Int
    public let completed: Int

    public init(invited: Int, started: Int, completed: Int) {
        self.invited = invited
        self.started = started
        self.completed = completed
    }

    /// What a page may show for a unit: its counts, or only that it is below the threshold,
    /// because in a group that small even a count can point at a person.
    public enum Shown: Sendable, Equatable {
        case counts(ResponseRate)
        /// Enough invitees, but how many answered could be worked out against the results.
        case invitedOnly(Int)
        case belowThreshold
    }

    /// Completed as a share of invited, 0 when nobody was invited.
    public var completedShare: Double { invited == 0 ? 0 : Double(completed) / Double(invited) }
}
