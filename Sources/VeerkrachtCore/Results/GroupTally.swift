import Foundation

/// Sufficient statistics of one group of responses: counts per option for every item, and per
/// scale whole-number sums from which mean, deviation and Cronbach's α follow exactly (see
/// `TallyLayout`). Tallies of disjoint groups add up, so a unit's tally is the sum of its teams'.
public struct GroupTally: Sendable, Equatable {
    let layout: TallyLayout
    private(set) var values: [Int]

    init(layout: TallyLayout, values: ArraySlice<Int>) {
        self.layout = layout
        self.values = Array(values)
    }

    public init(layout: TallyLayout) {
        self.layout = layout
        values = Array(repeating: 0, count: layout.length)
    }

    public var respondents: Int { values[0] }

    /// Equal when the sums are, over the same scales (of the same or an equal layout).
    public static func == (a: GroupTally, b: GroupTally) -> Bool {
        a.values == b.values
            && (a.layout === b.layout || (a.layout.columnCount == b.layout.columnCount && a.layout.scales == b.layout.scales))
    }

    public static func += (lhs: inout GroupTally, rhs: GroupTally) {
        precondition(lhs.values.count == rhs.values.count)
        lhs.values.withUnsafeMutableBufferPointer { l in
            rhs.values.withUnsafeBufferPointer { r in for i in l.indices { l[i] += r[i] } }
        }
    }

    /// Statistics of the item in `column`.
    public func item(_ column: Int) -> ItemStatistics {
        let start = 1 + column * ResponseFormat.points
        return ItemStatistics(distribution: Array(values[start..<start + ResponseFormat.points]))
    }

    /// Statistics of the scale at `index` in the wave's scale list, scored 1–5.
    public func scale(_ index: Int) -> ScaleStatistics {
        let o = layout.scaleOffsets[index]
        let points = ResponseFormat.points
        let items = layout.columnStarts[index + 1] - layout.columnStarts[index]
        let descriptives = Descriptives(
            n: values[o], sum: values[o + 1], squares: values[o + 2],
            scale: Double(layout.multipliers[index]))
        let sums = o + TallyLayout.scaleHeader + points
        let alpha = Self.alpha(
            complete: values[o + 3], totalSum: values[o + 4], totalSquares: values[o + 5],
            itemSums: Array(values[sums..<sums + items]), itemSquares: Array(values[sums + items..<sums + 2 * items]))
        return ScaleStatistics(
            descriptives: descriptives,
            distribution: Array(values[o + TallyLayout.scaleHeader..<o + TallyLayout.scaleHeader + points]),
            alpha: alpha, completeResponses: values[o + 3])
    }

    /// Cronbach's α from the complete responses' sums: k/(k−1) · (1 − Σ item variances / total variance).
    private static func alpha(complete n: Int, totalSum: Int, totalSquares: Int, itemSums: [Int], itemSquares: [Int]) -> Double? {
        let k = itemSums.count
        guard k > 1, n > 1 else { return nil }
        // n·Σx² − (Σx)² is n(n−1) times the variance: exact in integers, divided once at the end.
        let totalSpread = n * totalSquares - totalSum * totalSum
        guard totalSpread > 0 else { return nil }
        let itemSpread = (0..<k).reduce(0) { $0 + n * itemSquares[$1] - itemSums[$1] * itemSums[$1] }
        return Double(k) / Double(k - 1) * (1 - Double(itemSpread) / Double(totalSpread))
    }
}

/// n, mean, deviation, interval, distribution and favourable share of one item.
public struct ItemStatistics: Sendable, Equatable {
    /// Counts for options 1…5.
    public let distribution: [Int]
    public let descriptives: Descriptives

    public init(distribution: [Int]) {
        self.distribution = distribution
        let n = distribution.reduce(0, +)
        let sum = distribution.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
        let squares = distribution.enumerated().reduce(0) { $0 + ($1.offset + 1) * ($1.offset + 1) * $1.element }
        descriptives = Descriptives(n: n, sum: sum, squares: squares, scale: 1)
    }

    public var favourableShare: Double? { Scoring.favourableShare(distribution) }
}

/// The statistics of one scale for one group, on the 1–5 scale.
public struct ScaleStatistics: Sendable, Equatable {
    public let descriptives: Descriptives
    /// The keyed answers to the scale's items, pooled, per option 1…5.
    public let distribution: [Int]
    public let alpha: Double?
    public let completeResponses: Int

    public init(descriptives: Descriptives, distribution: [Int], alpha: Double?, completeResponses: Int) {
        self.descriptives = descriptives
        self.distribution = distribution
        self.alpha = alpha
        self.completeResponses = completeResponses
    }

    public var favourableShare: Double? { Scoring.favourableShare(distribution) }
}
