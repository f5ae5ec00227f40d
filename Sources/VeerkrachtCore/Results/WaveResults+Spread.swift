import Foundation

/// The median and quartiles of a scale's scores in one group: what a researcher reads beside
/// the mean and deviation when scores are skewed.
public struct ScaleSpread: Sendable, Equatable {
    public let median: Double
    public let lowerQuartile: Double
    public let upperQuartile: Double

    public var interquartileRange: Double { upperQuartile - lowerQuartile }

    /// Quartiles by linear interpolation between order statistics (Hyndman and Fan's type 7,
    /// the default of R and NumPy), from a histogram of the scores; nil for no scores.
    init?(histogram: [Int], multiplier: Int) {
        let n = histogram.reduce(0, +)
        guard n > 0 else { return nil }
        func value(atRank rank: Int) -> Double {
            var seen = 0
            for (score, count) in histogram.enumerated() where count > 0 {
                seen += count
                if rank < seen { return Double(score) / Double(multiplier) }
            }
            return Double(histogram.count - 1) / Double(multiplier)
        }
        func quantile(_ p: Double) -> Double {
            let h = Double(n - 1) * p
            let below = Int(h.rounded(.down))
            let low = value(atRank: below)
            return below + 1 < n ? low + (h - Double(below)) * (value(atRank: below + 1) - low) : low
        }
        median = quantile(0.5)
        lowerQuartile = quantile(0.25)
        upperQuartile = quantile(0.75)
    }
}

extension WaveResults {
    /// Per scale the spread of the scores of a group, nil where the scale has no scores; nil
    /// as a whole where the group may not be shown. It counts the people the scale's n counts.
    public func spread(of group: ResultGroup) -> [ScaleSpread?]? {
        guard isShown(group), let node = node(of: group.unit) else { return nil }
        // Counted once per group: the results of a wave never change.
        return memo.spread(group) { countSpread(group, node: node) }
    }

    private func countSpread(_ group: ResultGroup, node: Int) -> [ScaleSpread?] {
        let inside = Layout.subtree(of: node, parents: parents)
        var histograms = scales.map { [Int](repeating: 0, count: ResponseFormat.points * $0.multiplier + 1) }
        for row in 0..<table.count where inside[Int(nodeOfRow[row])] {
            if let band = group.band, table.band(ofRow: row, band.dimension) != band.index { continue }
            table.withAnswers(ofRow: row) { answers in
                for (index, scale) in scales.enumerated() {
                    var sum = 0
                    var answered = 0
                    for (position, column) in scale.columns.enumerated() {
                        let value = Int(answers[answers.startIndex + column])
                        guard value > 0 else { continue }
                        sum += scale.reversed[position] ? ResponseFormat.points + 1 - value : value
                        answered += 1
                    }
                    guard answered >= scale.minimumAnswered else { continue }
                    histograms[index][sum * (scale.multiplier / answered)] += 1
                }
            }
        }
        return zip(scales, histograms).map { ScaleSpread(histogram: $1, multiplier: $0.multiplier) }
    }
}

extension WaveResults {
    /// A scale's statistics in a shown group's tally, nil when fewer than the threshold have a
    /// score on it (people may skip items, so a scale's n can be below the group's).
    public func shownScale(_ index: Int, in tally: GroupTally) -> ScaleStatistics? {
        let stats = tally.scale(index)
        return stats.descriptives.n >= threshold ? stats : nil
    }
}
