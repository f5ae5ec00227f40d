import Foundation

/// One scale for one group measured twice — the last full wave and a follow-up pulse — and
/// what changed: the difference of the means with its 95% interval (Welch), t, p, Cohen's d
/// and the verdict the trend page gives.
public struct BeforeAfter: Sendable, Equatable {
    public let before: Descriptives
    public let after: Descriptives
    /// nil when either side has fewer than two answers or neither varies.
    public let test: ChangeTest?

    public init(before: Descriptives, after: Descriptives) {
        self.before = before
        self.after = after
        test = ChangeTest(before: before, after: after)
    }

    public var difference: Double { after.mean - before.mean }

    /// difference ± t(0.975, Welch df) · standard error.
    public var differenceInterval95: ClosedRange<Double>? {
        guard let test, test.t != 0 else { return nil }
        let standardError = abs(test.difference / test.t)
        let margin = StudentT.quantile(0.975, degreesOfFreedom: test.degreesOfFreedom) * standardError
        return (test.difference - margin)...(test.difference + margin)
    }

    public var verdict: ChangeTest.Verdict { test?.verdict ?? .noClearChange }
}
