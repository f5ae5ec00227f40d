import Foundation

/// How a scale's Cronbach's α may be read on a page. α comes from the people who answered
/// every item of the scale, a number that can be smaller than the group: below the anonymity
/// threshold neither α nor that number is shown (a row never shows a count below it); below
/// ten people α is unstable, and a negative α says the items do not measure one thing here.
public enum AlphaReading: Sendable, Equatable {
    /// No α: fewer than two items, fewer than two complete answers, or no spread at all.
    case none
    /// Fewer people than the threshold answered every item.
    case tooFewComplete
    case shown(alpha: Double, complete: Int, caution: Caution?)

    public enum Caution: Sendable, Equatable {
        case negative
        case fewerThanTen
    }

    /// Below this many complete answers α is marked as unstable.
    public static let stableFrom = 10
}

extension ScaleStatistics {
    public func alphaReading(threshold: Int) -> AlphaReading {
        guard completeResponses >= threshold else { return completeResponses > 1 || alpha != nil ? .tooFewComplete : .none }
        guard let alpha else { return .none }
        let caution: AlphaReading.Caution? =
            alpha < 0 ? .negative : completeResponses < AlphaReading.stableFrom ? .fewerThanTen : nil
        return .shown(alpha: alpha, complete: completeResponses, caution: caution)
    }
}
