import Foundation

/// Live results of an open wave move in steps, so that no step singles anyone out.
///
/// Someone who reads the results before and after a few people answered (and who sees from the
/// reminder list *who* answered) learns the figures of the people added by subtracting the two.
/// So a step is published only when the added people, split into classes by the groups shown
/// both before and after (as rule 5 of `Disclosure` splits everyone), form classes that are
/// each empty or at least the threshold. Otherwise the last published step stays, and the next
/// answers join the waiting ones until the step is safe. Groups that change therefore change
/// by at least the threshold, per group and per combination of groups.
extension WaveResults {
    /// Whether `self` may replace `published`. `self` must hold `published`'s responses first, in
    /// the same order, followed by the responses that would be added.
    public func isSafeStep(after published: WaveResults) -> Bool {
        precondition(respondents >= published.respondents && nodes == published.nodes)
        guard respondents > published.respondents else { return true }
        var added = [[Int: Int]](repeating: [:], count: nodes.count)
        for row in published.respondents..<respondents { added[Int(nodeOfRow[row])][table.cell(ofRow: row), default: 0] += 1 }
        let both = disclosure.intersection(published.disclosure)
        return both.smallestClass(ownCells: added, parents: parents).map { $0 >= threshold } ?? true
    }
}

extension Disclosure {
    /// Shown only where both show it.
    func intersection(_ other: Disclosure) -> Disclosure {
        var both = self
        both.units = zip(units, other.units).map { $0 && $1 }
        both.bands = zip(bands, other.bands).map { a, b in zip(a, b).map { zip($0, $1).map { $0 && $1 } } }
        return both
    }

    /// The number of people in the smallest non-empty class of `ownCells` (see rule 5); nil when
    /// there are no people, or the organisation is not shown (then every class is the
    /// organisation's unshown whole, and nothing of it shows).
    func smallestClass(ownCells: [[Int: Int]], parents: [Int?]) -> Int? {
        guard units[0] else { return nil }
        return classes(Tree(parents: parents), ownCells: ownCells).map(\.count).min()
    }
}
