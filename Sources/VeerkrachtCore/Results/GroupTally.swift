import Foundation

/// Sufficient statistics of one group of responses: counts per option for every item, and per
/// scale whole-number sums from which mean, deviation and Cronbach's α follow exactly. Tallies
/// of disjoint groups add up, so a unit's tally is the sum of its teams'.
public struct GroupTally: Sendable, Equatable {
    public private(set) var respondents = 0
    /// Per column five counts, for options 1…5.
    private var optionCounts: [Int]
    private var scales: [ScaleSums]

    struct ScaleSums: Sendable, Equatable {
        var n = 0, sum = 0, squares = 0
        /// Keyed answers of the scale's items pooled, per option.
        var distribution = [Int](repeating: 0, count: ResponseFormat.points)
        /// Only people who answered every item: keyed sums per item and of the total.
        var complete = 0, totalSum = 0, totalSquares = 0
        var itemSums: [Int], itemSquares: [Int]

        init(items: Int) {
            itemSums = Array(repeating: 0, count: items)
            itemSquares = Array(repeating: 0, count: items)
        }

        static func += (lhs: inout ScaleSums, rhs: ScaleSums) {
            lhs.n += rhs.n; lhs.sum += rhs.sum; lhs.squares += rhs.squares
            lhs.complete += rhs.complete; lhs.totalSum += rhs.totalSum; lhs.totalSquares += rhs.totalSquares
            for i in lhs.distribution.indices { lhs.distribution[i] += rhs.distribution[i] }
            for i in lhs.itemSums.indices { lhs.itemSums[i] += rhs.itemSums[i]; lhs.itemSquares[i] += rhs.itemSquares[i] }
        }
    }

    public init(columns: Int, scales: [ResultScale]) {
        optionCounts = Array(repeating: 0, count: columns * ResponseFormat.points)
        self.scales = scales.map { ScaleSums(items: $0.columns.count) }
    }

    /// Counts one response: its 0–5 values in column order.
    mutating func add(_ row: ArraySlice<UInt8>, scales layout: [ResultScale]) {
        respondents += 1
        let base = row.startIndex
        for column in 0..<(row.count) {
            let value = Int(row[base + column])
            if value > 0 { optionCounts[column * ResponseFormat.points + value - 1] += 1 }
        }
        for (index, scale) in layout.enumerated() {
            var keyedSum = 0, answered = 0
            for (position, column) in scale.columns.enumerated() {
                let value = Int(row[base + column])
                guard value > 0 else { continue }
                let keyed = Scoring.keyed(value, reversed: scale.reversed[position])
                keyedSum += keyed
                answered += 1
                scales[index].distribution[keyed - 1] += 1
            }
            guard answered >= scale.minimumAnswered else { continue }
            let score = keyedSum * (scale.multiplier / answered)
            scales[index].n += 1
            scales[index].sum += score
            scales[index].squares += score * score
            guard answered == scale.columns.count else { continue }
            scales[index].complete += 1
            scales[index].totalSum += keyedSum
            scales[index].totalSquares += keyedSum * keyedSum
            for (position, column) in scale.columns.enumerated() {
                let keyed = Scoring.keyed(Int(row[base + column]), reversed: scale.reversed[position])
                scales[index].itemSums[position] += keyed
                scales[index].itemSquares[position] += keyed * keyed
            }
        }
    }

    public static func += (lhs: inout GroupTally, rhs: GroupTally) {
        lhs.respondents += rhs.respondents
        for i in lhs.optionCounts.indices { lhs.optionCounts[i] += rhs.optionCounts[i] }
        for i in lhs.scales.indices { lhs.scales[i] += rhs.scales[i] }
    }

    /// Statistics of the item in `column`.
    public func item(_ column: Int) -> ItemStatistics {
        let start = column * ResponseFormat.points
        return ItemStatistics(distribution: Array(optionCounts[start ..< start + ResponseFormat.points]))
    }

    /// Statistics of the scale at `index` in the wave's scale list, scored 1–5.
    public func scale(_ index: Int, of layout: [ResultScale]) -> ScaleStatistics {
        let sums = scales[index], multiplier = Double(layout[index].multiplier)
        let descriptives = Descriptives(n: sums.n, sum: sums.sum, squares: sums.squares, scale: multiplier)
        return ScaleStatistics(descriptives: descriptives, distribution: sums.distribution,
                               alpha: Self.alpha(sums), completeResponses: sums.complete)
    }

    /// Cronbach's α from the complete responses' sums: k/(k−1) · (1 − Σ item variances / total variance).
    private static func alpha(_ sums: ScaleSums) -> Double? {
        let k = sums.itemSums.count, n = sums.complete
        guard k > 1, n > 1 else { return nil }
        // n·Σx² − (Σx)² is n(n−1) times the variance: exact in integers, divided once at the end.
        let totalSpread = n * sums.totalSquares - sums.totalSum * sums.totalSum
        guard totalSpread > 0 else { return nil }
        let itemSpread = (0..<k).reduce(0) { $0 + n * sums.itemSquares[$1] - sums.itemSums[$1] * sums.itemSums[$1] }
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

    public var favourableShare: Double? { Scoring.favourableShare(distribution) }
}
