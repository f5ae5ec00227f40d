import Foundation

/// n, mean, sample standard deviation (n − 1) and the 95% confidence interval of the mean.
public struct Descriptives: Sendable, Equatable {
    public let n: Int
    public let mean: Double
    /// nil with fewer than two values.
    public let standardDeviation: Double?

    public init(_ values: [Double]) {
        n = values.count
        mean = values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
        if values.count > 1 {
            let mean = self.mean
            let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            standardDeviation = (squares / Double(values.count - 1)).squareRoot()
        } else {
            standardDeviation = nil
        }
    }

    /// The mean ± t(0.975, n − 1) · sd / √n.
    public var confidenceInterval95: ClosedRange<Double>? {
        guard let standardDeviation, n > 1 else { return nil }
        let margin = Self.criticalT.value(for: n - 1) * standardDeviation / Double(n).squareRoot()
        return (mean - margin)...(mean + margin)
    }

    /// t(0.975, df) per whole number of degrees of freedom, worked out once: a page shows
    /// hundreds of intervals, and the quantile is an iterative search.
    static let criticalT = CriticalValues()

    // Unchecked: `values` is read and written under `lock` only.
    final class CriticalValues: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int: Double] = [:]

        func value(for degreesOfFreedom: Int) -> Double {
            if let known = lock.withLock({ values[degreesOfFreedom] }) { return known }
            let value = StudentT.quantile(0.975, degreesOfFreedom: Double(degreesOfFreedom))
            lock.withLock { values[degreesOfFreedom] = value }
            return value
        }
    }

    /// A 1–5 score on a 0–100 scale: 1 is 0, 3 is 50, 5 is 100.
    public static func onHundredScale(_ score: Double) -> Double { (score - 1) / 4 * 100 }
}

/// Scoring rules shared by every scale.
public enum Scoring {
    /// A reverse-keyed answer turned around on the 1–5 scale.
    public static func keyed(_ answer: Int, reversed: Bool) -> Int { reversed ? ResponseFormat.points + 1 - answer : answer }

    /// The share of answers in the top two options, from counts per option 1…5.
    public static func favourableShare(_ distribution: [Int]) -> Double? {
        let total = distribution.reduce(0, +)
        guard total > 0, distribution.count == ResponseFormat.points else { return nil }
        return Double(distribution[3] + distribution[4]) / Double(total)
    }

    /// Cronbach's α from complete responses: each row one person's keyed answers to every
    /// item of the scale. nil with fewer than two items or two people, or no variance at all.
    public static func cronbachAlpha(_ rows: [[Double]]) -> Double? {
        guard rows.count > 1, let k = rows.first?.count, k > 1, rows.allSatisfy({ $0.count == k }) else { return nil }
        let itemVariances = (0..<k).map { item in Descriptives(rows.map { $0[item] }).standardDeviation.map { $0 * $0 } ?? 0 }
        guard let totalSD = Descriptives(rows.map { $0.reduce(0, +) }).standardDeviation, totalSD > 0 else { return nil }
        let items = Double(k)
        return items / (items - 1) * (1 - itemVariances.reduce(0, +) / (totalSD * totalSD))
    }
}

extension Descriptives {
    /// From whole-number sums of values that were multiplied by `scale` to make them whole:
    /// the variance's numerator n·Σx² − (Σx)² is exact, so the result is as exact as a
    /// division allows, whatever the number of values.
    public init(n: Int, sum: Int, squares: Int, scale: Double) {
        self.n = n
        mean = n == 0 ? .nan : Double(sum) / Double(n) / scale
        if n > 1 {
            let spread = n * squares - sum * sum
            standardDeviation = (Double(max(spread, 0)) / Double(n) / Double(n - 1)).squareRoot() / scale
        } else {
            standardDeviation = nil
        }
    }
}
