import Foundation

/// The change between two waves of one instrument: Welch's t-test, Cohen's d, and a verdict.
public struct ChangeTest: Sendable, Equatable {
    public enum Verdict: String, Codable, Sendable { case up, down, noClearChange }

    public let difference: Double
    public let t: Double
    public let degreesOfFreedom: Double
    public let p: Double
    /// Standardised with the pooled standard deviation.
    public let cohensD: Double

    public static let significance = 0.05

    /// nil when either wave has fewer than two values or neither varies.
    public init?(before: Descriptives, after: Descriptives) {
        guard let sdA = before.standardDeviation, let sdB = after.standardDeviation else { return nil }
        let nA = Double(before.n)
        let nB = Double(after.n)
        let varianceA = sdA * sdA / nA
        let varianceB = sdB * sdB / nB
        let standardError = (varianceA + varianceB).squareRoot()
        guard standardError > 0 else { return nil }
        difference = after.mean - before.mean
        t = difference / standardError
        let numerator = (varianceA + varianceB) * (varianceA + varianceB)
        let denominator = varianceA * varianceA / (nA - 1) + varianceB * varianceB / (nB - 1)
        degreesOfFreedom = numerator / denominator
        p = StudentT.twoSidedP(t, degreesOfFreedom: degreesOfFreedom)
        let pooledVariance = ((nA - 1) * sdA * sdA + (nB - 1) * sdB * sdB) / (nA + nB - 2)
        cohensD = difference / pooledVariance.squareRoot()
    }

    public var verdict: Verdict {
        guard p < Self.significance else { return .noClearChange }
        return difference > 0 ? .up : .down
    }
}
