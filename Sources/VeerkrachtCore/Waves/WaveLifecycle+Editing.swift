import Foundation

/// What an advisor may still change of a wave. In preparation nobody has a link yet, so
/// everything may change and the wave may be deleted. Once opened, people hold links and
/// answers may exist: what they were invited to (scans, units, threshold, languages, opening)
/// stays as it was, but a typo in the name or a longer or shorter period can still be mended.
extension WaveLifecycle {
    public enum Editable: Sendable, Equatable {
        /// In preparation: every setting.
        case everything
        /// Opened and not yet closed: the name and the close moment.
        case nameAndCloseMoment
        /// Closed: only the name; reopening is the way to more answers.
        case nameOnly
    }

    public func editable(at now: Date) -> Editable {
        switch effectiveStatus(at: now) {
        case .draft: .everything
        case .open: .nameAndCloseMoment
        case .closed: .nameOnly
        }
    }

    /// Only a wave in preparation can be deleted: after opening, links and answers exist.
    public var isDeletable: Bool { status == .draft }

    public enum CloseMomentRefusal: Error, Equatable, Sendable {
        /// A closed wave keeps its close moment.
        case notOpen
        /// A close moment in the past would end the wave without saying so; closing is its own step.
        case inThePast
        case beforeOpening
    }

    /// A new close moment for an opened wave, checked against the rules above.
    public func checkCloseMoment(_ newClosesAt: Date, at now: Date) throws(CloseMomentRefusal) {
        guard editable(at: now) == .nameAndCloseMoment else { throw .notOpen }
        guard newClosesAt > opensAt else { throw .beforeOpening }
        guard newClosesAt > now else { throw .inThePast }
    }
}
