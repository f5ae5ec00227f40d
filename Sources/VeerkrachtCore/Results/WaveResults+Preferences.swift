import Foundation

/// The mix of learning preferences of a unit, read from the anonymous responses like every other
/// result: it counts exactly the people the results count (so nobody who left their answers out)
/// and is shown exactly where the unit's results are shown. Profiles kept per person are never
/// what a mix is made of: one deleted or one left-out profile would otherwise be the difference
/// between the mix and the results.
extension WaveResults {
    /// The mix of a unit with its sub-units (nil: the organisation); nil where the unit may not be
    /// shown or the wave did not ask the learning-preference scan.
    public func preferenceMix(of unit: UUID?) -> PreferenceMix? {
        guard let node = node(of: unit) else { return nil }
        return preferenceMixes()[node]
    }

    /// Per node the mix, nil where suppressed: one pass over the rows, then sub-units added to
    /// their parents.
    public func preferenceMixes() -> [PreferenceMix?] {
        let own = ownPreferenceMixes()
        guard own.contains(where: { $0.people > 0 }) else { return nodes.map { _ in nil } }
        return Layout.rolledUp(own, parents: parents, +).enumerated().map { disclosure.isShown(unit: $0) ? $1 : nil }
    }

    /// Per node the number of respondents in the node itself (not its sub-units) who have a full
    /// profile, whether or not that node may be shown: for the team view's own protection.
    func ownProfileCounts() -> [Int] { ownPreferenceMixes().map(\.people) }

    /// Counted once per wave's results: they never change.
    private func ownPreferenceMixes() -> [PreferenceMix] {
        memo.ownMixes(countOwnPreferenceMixes)
    }

    private func countOwnPreferenceMixes() -> [PreferenceMix] {
        let scoring = ProfileColumns(columns: columns)
        var own = [PreferenceMix](repeating: PreferenceMix(), count: nodes.count)
        guard !scoring.isEmpty else { return own }
        var scores = [Double](repeating: 0, count: LearningPreference.allCases.count)
        for row in 0..<table.count where table.withAnswers(ofRow: row, { scoring.scores(from: $0, into: &scores) }) {
            own[Int(nodeOfRow[row])].add(scores: scores)
        }
        return own
    }
}

/// Where the learning-preference items sit among a wave's columns, to score a profile from one
/// row of answers the way `LearningProfile(answers:)` scores it from a submission.
struct ProfileColumns {
    private let positions: [(preference: Int, column: Int, reversed: Bool)]

    init(columns: [Item]) {
        let items = Dictionary(uniqueKeysWithValues: LearningPreferenceScan.version1.items.map { ($0.code, $0) })
        positions = columns.enumerated().compactMap { column, item in
            guard let scan = items[item.code],
                let preference = LearningPreference.allCases.firstIndex(where: { $0.rawValue == scan.scale })
            else { return nil }
            return (preference, column, scan.reverseKeyed)
        }
    }

    var isEmpty: Bool { positions.isEmpty }

    /// The mean keyed answer per preference, in `LearningPreference.allCases` order, written
    /// into `scores` (five places, reused from row to row); false unless every preference has
    /// at least one answer (0 means not answered), as a profile needs.
    func scores(from answers: ArraySlice<UInt8>, into scores: inout [Double]) -> Bool {
        var counts = [Int](repeating: 0, count: scores.count)
        for index in scores.indices { scores[index] = 0 }
        let start = answers.startIndex
        for position in positions {
            let answer = Int(answers[start + position.column])
            guard answer > 0 else { continue }
            scores[position.preference] += Double(Scoring.keyed(answer, reversed: position.reversed))
            counts[position.preference] += 1
        }
        guard counts.allSatisfy({ $0 > 0 }) else { return false }
        for index in scores.indices { scores[index] /= Double(counts[index]) }
        return true
    }
}

extension WaveResults {
    /// Whether the open answers of a unit (with its sub-units) may be shown: the unit's results
    /// are shown, and the same residue rule holds with the open answers' own, higher threshold
    /// (open answers are the easiest to recognise). Bands narrow nothing: answers carry a unit only.
    public func showsOpenAnswers(of unit: UUID?, threshold openThreshold: Int) -> Bool {
        guard let node = node(of: unit), isShown(ResultGroup(unit: unit)) else { return false }
        var own = [Int](repeating: 0, count: nodes.count)
        for row in 0..<table.count { own[Int(nodeOfRow[row])] += 1 }
        let rule = Disclosure(parents: parents, ownCounts: own, threshold: max(openThreshold, threshold))
        return rule.isShown(unit: node)
    }
}
