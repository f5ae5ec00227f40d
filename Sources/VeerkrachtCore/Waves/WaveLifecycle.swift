import Foundation

/// Where a wave stands, and which moves an advisor may make. A wave is answered only while
/// it is open and its close moment has not passed.
public struct WaveLifecycle: Sendable, Equatable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        /// Prepared; no invitations yet.
        case draft
        /// Invitations exist; answering is possible between the open and close moments.
        case open
        /// Closed early by an advisor, or past its close moment.
        case closed
    }

    public enum Refusal: Error, Equatable, Sendable {
        case notDraft
        case notOpen
        case notClosed
        case pastCloseMoment
    }

    public private(set) var status: Status
    public let opensAt: Date
    public let closesAt: Date

    public init(status: Status, opensAt: Date, closesAt: Date) {
        self.status = status
        self.opensAt = opensAt
        self.closesAt = closesAt
    }

    /// The status people see at `now`: an open wave past its close moment counts as closed.
    public func effectiveStatus(at now: Date) -> Status {
        status == .open && now >= closesAt ? .closed : status
    }

    /// What people are told of a wave at `now`: an opened wave whose open moment is still to
    /// come is planned, not open, because its links answer "not open yet".
    public enum Phase: String, Sendable, CaseIterable {
        case draft, planned, open, closed
    }

    public func phase(at now: Date) -> Phase {
        switch effectiveStatus(at: now) {
        case .draft: .draft
        case .open: now < opensAt ? .planned : .open
        case .closed: .closed
        }
    }

    public func acceptsAnswers(at now: Date) -> Bool {
        effectiveStatus(at: now) == .open && now >= opensAt
    }

    public mutating func open() throws(Refusal) {
        guard status == .draft else { throw .notDraft }
        status = .open
    }

    public mutating func close(at now: Date) throws(Refusal) {
        guard effectiveStatus(at: now) == .open else { throw .notOpen }
        status = .closed
    }

    /// Reopening is possible until the close moment; after it, the wave's results are final.
    public mutating func reopen(at now: Date) throws(Refusal) {
        guard status == .closed else { throw .notClosed }
        guard now < closesAt else { throw .pastCloseMoment }
        status = .open
    }
}
