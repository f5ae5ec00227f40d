import Foundation

/// Which groups of a wave's results may be shown: the organisation (node 0), every unit with
/// its sub-units, and every demographic band within one of them. A group below the threshold
/// is suppressed, and more groups are suppressed until subtraction cannot recover it:
///
/// 1. Unit tree. What a shown unit holds beyond its shown descendants (its own people and its
///    suppressed sub-units) is its *residue*: the parent minus the shown children. A residue
///    must be empty or at least the threshold; otherwise the smallest shown descendant is
///    suppressed too, and so on until it is.
/// 2. The same for each band on its own across the tree (say everyone aged 30-39 per unit).
/// 3. Within a shown unit, the bands of one dimension split it: the suppressed ones together
///    must be empty or at least the threshold, else the smallest shown band goes too.
/// 4. Within a shown unit, bands of two dimensions could be subtracted from each other
///    (30-39 minus women). Where the cross-table of the dimensions still shown has a cell
///    below the threshold, only the dimension with the most people shown keeps its bands.
///
/// 5. Rules 2 and 3 together are not enough: a band of the organisation minus the band's
///    shown teams, plus a team minus its other bands, can still isolate a few people. An exact
///    test (`SubtractionCheck`) finds every such group for the tree and one dimension.
///
/// 0. A policy comes first and keeps the problem one that these rules solve exactly: a wave's
///    results are broken down by one dimension only, its *breakdown dimension* (the one that
///    would show the most bands). Two dimensions meet in ways no rule above sees: the women of
///    one team minus 30-39 of the organisation plus 30-39 of another team, or, where age and
///    tenure happen to coincide in a team, 10+ years of the organisation plus 50-59 of the
///    organisation minus that team. With one dimension the shown groups are the unit tree and
///    one partition of people, for which rules 1, 2, 3 and 5 together are exact; random
///    attacks with three dimensions found leaks in every variant that kept two.
///
/// Counts, sums and distributions all add up over the same people, so protecting the number
/// of people protects every figure of a group. The rules are repeated until nothing changes;
/// each step only suppresses, so this ends.
public struct Disclosure: Sendable, Equatable {
    public let threshold: Int
    /// Per node whether its results may be shown.
    public private(set) var units: [Bool]
    /// Per node, dimension and band index (0 = not known).
    private var bands: [[[Bool]]]

    public func isShown(unit node: Int) -> Bool { units[node] }

    public func isShown(unit node: Int, band: Int, of dimension: BandDimension) -> Bool {
        bands[node][dimension.rawValue][band]
    }

    /// - Parameters:
    ///   - parents: per node its parent; node 0 is the organisation and has none.
    ///   - ownCells: per node the people counted in the node itself (not its descendants),
    ///     per cell of band indices, packed as `ResponseTable.cell(ofRow:)` packs them.
    ///   - bandValues: per dimension the number of band indices, "not known" included.
    public init(parents: [Int?], ownCells: [[Int: Int]], bandValues: [Int], threshold: Int) {
        self.threshold = threshold
        let tree = Tree(parents: parents)
        // Counts of each node with everything below it: per cell, and per dimension and band.
        var cells = ownCells
        for node in tree.bottomUp { for child in tree.children[node] { cells[node].merge(cells[child], uniquingKeysWith: +) } }
        let totals = cells.map { $0.values.reduce(0, +) }
        let bandTotals = cells.map { Self.bandCounts($0, bandValues: bandValues) }

        var shownUnits = totals.map { $0 >= threshold }
        Self.protect(tree, counts: totals, shown: &shownUnits, threshold: threshold)
        units = shownUnits
        bands = bandTotals.enumerated().map { node, dimensions in
            dimensions.map { counts in counts.map { shownUnits[node] && $0 >= threshold } }
        }
        guard units[0] else { return }
        let ownBandTotals = ownCells.map { Self.bandCounts($0, bandValues: bandValues) }
        keepOneDimension()

        var changed = true
        while changed {
            let before = (units, bands)
            Self.protect(tree, counts: totals, shown: &units, threshold: threshold)
            for node in units.indices where !units[node] { bands[node] = bands[node].map { $0.map { _ in false } } }
            for (dimension, values) in bandValues.enumerated() {
                for band in 0..<values {
                    var shown = bands.map { $0[dimension][band] }
                    Self.protect(tree, counts: bandTotals.map { $0[dimension][band] }, shown: &shown, threshold: threshold)
                    for node in shown.indices { bands[node][dimension][band] = shown[node] }
                }
            }
            for node in units.indices where units[node] {
                for dimension in bandValues.indices {
                    Self.protectPartition(bandTotals[node][dimension], shown: &bands[node][dimension], threshold: threshold)
                }
                protectCrossTables(node, cells: cells[node], bandTotals: bandTotals[node])
            }
            for dimension in bandValues.indices {
                protectAgainstSubtraction(tree, dimension: dimension, own: ownBandTotals, totals: bandTotals)
            }
            changed = units != before.0 || bands != before.1
        }
    }

    /// The rule for the unit tree alone, from the people counted in each node itself: what
    /// counts without bands (response rates, open answers, the people of a mix) uses it.
    public init(parents: [Int?], ownCounts: [Int], threshold: Int) {
        self.init(parents: parents, ownCells: ownCounts.map { $0 > 0 ? [0: $0] : [:] }, bandValues: [1, 1, 1], threshold: threshold)
    }

    static func band(of cell: Int, _ dimension: Int) -> Int { (cell >> (16 - 8 * dimension)) & 0xFF }

    /// Rule 0: the dimension with the most bands shown keeps them (on a tie the first in
    /// `BandDimension` order); the others are not shown anywhere in this wave.
    private mutating func keepOneDimension() {
        guard let dimensions = bands.first?.indices else { return }
        let shown = dimensions.map { d in units.indices.reduce(0) { $0 + bands[$1][d].dropFirst().filter { $0 }.count } }
        guard let kept = dimensions.max(by: { (shown[$0], -$0) < (shown[$1], -$1) }) else { return }
        for node in units.indices {
            for d in dimensions where d != kept { bands[node][d] = bands[node][d].map { _ in false } }
        }
    }

    /// The one dimension this wave's results are broken down by; nil when no band is shown.
    public var breakdownDimension: BandDimension? {
        bands.first?.indices.first { d in units.indices.contains { bands[$0][d].dropFirst().contains(true) } }
            .flatMap(BandDimension.init(rawValue:))
    }

    /// Per dimension and band the people of some cells.
    static func bandCounts(_ cells: [Int: Int], bandValues: [Int]) -> [[Int]] {
        bandValues.enumerated().map { dimension, values in
            var counts = [Int](repeating: 0, count: values)
            for (cell, n) in cells { counts[band(of: cell, dimension)] += n }
            return counts
        }
    }

    /// Rule 1 (and 2) on any tree of counts: parents before children, so that suppressing a
    /// descendant never changes a residue that was already checked.
    static func protect(_ tree: Tree, counts: [Int], shown: inout [Bool], threshold: Int) {
        for node in tree.topDown where shown[node] {
            while true {
                let frontier = tree.shownFrontier(below: node, shown: shown)
                let residue = counts[node] - frontier.reduce(0) { $0 + counts[$1] }
                guard residue > 0, residue < threshold else { break }
                // Suppressing a descendant whose own residue is empty moves nobody into this
                // residue, so prefer the smallest one that does.
                let bySize = frontier.sorted { (counts[$0], $0) < (counts[$1], $1) }
                let moving = bySize.first { member in
                    counts[member] - tree.shownFrontier(below: member, shown: shown).reduce(0) { $0 + counts[$1] } > 0
                }
                shown[moving ?? bySize[0]] = false
            }
        }
    }

    /// Rule 3: the suppressed parts of one partition together are empty or large enough.
    static func protectPartition(_ counts: [Int], shown: inout [Bool], threshold: Int) {
        while true {
            let hidden = counts.indices.filter { !shown[$0] }.reduce(0) { $0 + counts[$1] }
            guard hidden > 0, hidden < threshold else { return }
            guard let smallest = counts.indices.filter({ shown[$0] }).min(by: { (counts[$0], $0) < (counts[$1], $1) }) else { return }
            shown[smallest] = false
        }
    }

    /// Rule 4: group the unit's people by the shown bands of every dimension that still shows
    /// any (the suppressed bands of a dimension cannot be told apart, so they form one group);
    /// while a group is below the threshold, drop the dimension with the fewest people shown.
    private mutating func protectCrossTables(_ node: Int, cells: [Int: Int], bandTotals: [[Int]]) {
        while true {
            let showing = bands[node].indices.filter { bands[node][$0].contains(true) }
            guard showing.count > 1 else { return }
            var groups: [[Int]: Int] = [:]
            for (cell, n) in cells where n > 0 {
                let key = showing.map { dimension -> Int in
                    let band = Self.band(of: cell, dimension)
                    return bands[node][dimension][band] ? band : -1
                }
                groups[key, default: 0] += n
            }
            guard groups.values.contains(where: { $0 < threshold }) else { return }
            let weakest = showing.min { a, b in
                let shownA = bandTotals[a].indices.filter { bands[node][a][$0] }.reduce(0) { $0 + bandTotals[a][$1] }
                let shownB = bandTotals[b].indices.filter { bands[node][b][$0] }.reduce(0) { $0 + bandTotals[b][$1] }
                return (shownA, -a) < (shownB, -b)
            }!
            bands[node][weakest] = bands[node][weakest].map { _ in false }
        }
    }

    /// Rule 5: the exact test of `SubtractionCheck` on the unit tree with one dimension. For every
    /// small group it finds recoverable, the band group whose region holds it is merged with the
    /// smallest shown band group just below it, or suppressed when there is none (or,
    /// when it lies with people of no shown band, the smallest band group next to it, or else
    /// its unit), which merges its region into a larger one; the loop then checks again.
    private mutating func protectAgainstSubtraction(_ tree: Tree, dimension: Int, own: [[[Int]]], totals: [[[Int]]]) {
        let values = own[0][dimension].count
        func nearest(_ node: Int, _ isShown: (Int) -> Bool) -> Int? {
            var current: Int? = node
            while let c = current {
                if isShown(c) { return c }
                current = tree.parents[c]
            }
            return nil
        }
        let rowNodes = units.indices.filter { units[$0] }
        let rowIndex = Dictionary(uniqueKeysWithValues: rowNodes.enumerated().map { ($1, $0) })
        // Column 0 holds the people without any shown group of their band.
        var columnIndex: [[Int]: Int] = [:]
        var columnGroups: [[Int]?] = [nil]
        var weights: [SubtractionCheck.Edge: Int] = [:]
        for node in units.indices {
            guard let row = nearest(node, { units[$0] }).flatMap({ rowIndex[$0] }) else { continue }
            for band in 0..<values where own[node][dimension][band] > 0 {
                var column = 0
                if let group = nearest(node, { bands[$0][dimension][band] }) {
                    column =
                        columnIndex[[group, band]]
                        ?? {
                            columnGroups.append([group, band])
                            columnIndex[[group, band]] = columnGroups.count - 1
                            return columnGroups.count - 1
                        }()
                }
                weights[.init(row: row, column: column), default: 0] += own[node][dimension][band]
            }
        }
        let check = SubtractionCheck(rows: rowNodes.count, columns: columnGroups.count, weights: weights)
        for edge in check.recoverableEdges(threshold: threshold) {
            if let group = columnGroups[edge.column] {
                // The band's groups just below this one are merged into its region first, the
                // smallest first: the breakdowns of the organisation and divisions are read most.
                let (node, band) = (group[0], group[1])
                let below = tree.shownFrontier(below: node, shown: bands.map { $0[dimension][band] })
                let merged = below.min { (totals[$0][dimension][band], $0) < (totals[$1][dimension][band], $1) } ?? node
                bands[merged][dimension][band] = false
                continue
            }
            let neighbours = weights.keys.filter { $0.row == edge.row && $0.column != 0 }.compactMap { columnGroups[$0.column] }
                .filter { bands[$0[0]][dimension][$0[1]] }
            if let smallest = neighbours.min(by: {
                (totals[$0[0]][dimension][$0[1]], $0[0], $0[1]) < (totals[$1[0]][dimension][$1[1]], $1[0], $1[1])
            }) {
                bands[smallest[0]][dimension][smallest[1]] = false
            } else if rowNodes[edge.row] != 0 {
                units[rowNodes[edge.row]] = false
            }
        }
    }

    /// Parent and children of every node, and orders to walk them in.
    struct Tree {
        let parents: [Int?]
        let children: [[Int]]
        let topDown: [Int]
        var bottomUp: [Int] { topDown.reversed() }

        init(parents: [Int?]) {
            self.parents = parents
            var children = [[Int]](repeating: [], count: parents.count)
            for (node, parent) in parents.enumerated() { if let parent { children[parent].append(node) } }
            self.children = children
            var order = [0]
            var next = 0
            while next < order.count {
                order.append(contentsOf: children[order[next]])
                next += 1
            }
            topDown = order
        }

        /// The highest shown nodes below `node`, looking through suppressed ones.
        func shownFrontier(below node: Int, shown: [Bool]) -> [Int] {
            children[node].flatMap { shown[$0] ? [$0] : shownFrontier(below: $0, shown: shown) }
        }
    }
}
