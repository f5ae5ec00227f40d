import Foundation

/// Live results of an open wave move in steps, so that no step singles anyone out.
///
/// Someone who reads the results before and after a few people answered (and who sees from the
/// reminder list *who* answered) learns the figures of the people added by subtracting the two.
/// So a step is published only when the people it adds would themselves pass the disclosure
/// rule in every group that changes: every group shown both before and after gains nobody, or
/// gains a group of people that `Disclosure`, applied to the added people alone, would show
/// (at least the threshold, and no residue below it). Otherwise the last published step stays,
/// and the next answers join the waiting ones until the step is safe.
extension WaveResults {
    /// Whether `self` may replace `published`. `self` must hold `published`'s responses first, in
    /// the same order, followed by the responses that would be added.
    public func isSafeStep(after published: WaveResults) -> Bool {
        precondition(respondents >= published.respondents && nodes == published.nodes)
        guard respondents > published.respondents else { return true }
        var added = [[Int: Int]](repeating: [:], count: nodes.count)
        for row in published.respondents..<respondents { added[Int(nodeOfRow[row])][table.cell(ofRow: row), default: 0] += 1 }
        let bandValues = bandLabels.map { $0.count + 1 }
        let step = Disclosure(parents: parents, ownCells: added, bandValues: bandValues, threshold: threshold)
        let cells = Layout.rolledUp(added, parents: parents) { $0.merging($1, uniquingKeysWith: +) }
        for node in nodes.indices where disclosure.isShown(unit: node) && published.disclosure.isShown(unit: node) {
            let gained = cells[node].values.reduce(0, +)
            if gained > 0 && !step.isShown(unit: node) { return false }
            for dimension in BandDimension.allCases {
                for band in 1..<bandValues[dimension.rawValue]
                where disclosure.isShown(unit: node, band: band, of: dimension)
                    && published.disclosure.isShown(unit: node, band: band, of: dimension)
                {
                    let gainedInBand = cells[node].reduce(0) {
                        $0 + (Disclosure.band(of: $1.key, dimension.rawValue) == band ? $1.value : 0)
                    }
                    if gainedInBand > 0 && !step.isShown(unit: node, band: band, of: dimension) { return false }
                }
            }
        }
        return true
    }
}
