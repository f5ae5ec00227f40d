import Foundation

/// Rule 5 of `Disclosure`: no combination of shown groups isolates fewer than the threshold.
///
/// Every person lies in a set of shown groups: the shown units above them (their own unit
/// included) and, at each of those units, the shown band of each dimension they have. People
/// with the same set form a *class*. A shown figure (a count, a sum, a distribution) is the
/// sum of its classes, so any figure an attacker derives by adding and subtracting shown ones,
/// with any coefficients, is a sum over whole classes too: a vector in the span of the shown
/// groups is constant on each class. If every class is empty or holds at least the threshold,
/// every group that can be worked out holds at least the threshold. The condition is
/// sufficient, cheap to check exactly (one pass over the people's cells) and works for any
/// number of dimensions and units; it is stricter than the smallest suppression that would do,
/// which is the price of a guarantee that needs no search.
///
/// A class below the threshold is merged into a neighbour by suppressing one group that sets it
/// apart: a band it lies in, or a band beside it at one of its units, preferring bands to units
/// (a unit's own results are worth more) and the smallest group. The caller repeats all rules
/// until nothing changes.
extension Disclosure {
    /// A shown group: a unit (`dimension` -1) or one band of a dimension at a unit.
    struct Group: Hashable {
        let node: Int
        let dimension: Int
        let band: Int
    }

    mutating func protectClasses(_ tree: Tree, ownCells: [[Int: Int]], totals: [Int], bandTotals: [[[Int]]]) {
        guard units[0] else { return }
        // Candidates are read before anything is suppressed in this pass: a class whose
        // neighbour was merged by an earlier suppression is left for the next pass.
        let small = smallClasses(tree, ownCells: ownCells).map { ($0, candidates(for: $0.signature, cell: $0.cell, tree)) }
        var suppressed: Set<Group> = []
        for (_, candidates) in small {
            if candidates.contains(where: suppressed.contains) { continue }
            func size(_ g: Group) -> Int { g.dimension < 0 ? totals[g.node] : bandTotals[g.node][g.dimension][g.band] }
            func rank(_ g: Group) -> (Int, Int, Int, Int, Int) { (g.dimension < 0 ? 1 : 0, size(g), g.node, g.dimension, g.band) }
            guard let pick = candidates.min(by: { rank($0) < rank($1) }) else {
                // Nothing sets the class apart but the organisation itself: show nothing.
                units = units.map { _ in false }
                return
            }
            if pick.dimension < 0 {
                units[pick.node] = false
            } else {
                bands[pick.node][pick.dimension][pick.band] = false
            }
            suppressed.insert(pick)
        }
    }

    /// The classes below the threshold (and not empty), smallest first, each with its signature
    /// and one cell of its people; in an order that does not depend on hashing.
    private func smallClasses(_ tree: Tree, ownCells: [[Int: Int]]) -> [(signature: [Group], count: Int, cell: Int)] {
        classes(tree, ownCells: ownCells).filter { $0.count < threshold }
    }

    /// Every non-empty class, smallest first.
    func classes(_ tree: Tree, ownCells: [[Int: Int]]) -> [(signature: [Group], count: Int, cell: Int)] {
        var classes: [[Group]: (count: Int, order: Int, cell: Int)] = [:]
        var order = 0
        for node in tree.topDown {
            let path = shownPath(to: node, tree)
            for (cell, n) in ownCells[node].sorted(by: { $0.key < $1.key }) where n > 0 {
                let signature = self.signature(path: path, cell: cell)
                if let known = classes[signature] {
                    classes[signature] = (known.count + n, known.order, known.cell)
                } else {
                    classes[signature] = (n, order, cell)
                    order += 1
                }
            }
        }
        return classes.sorted { ($0.value.count, $0.value.order) < ($1.value.count, $1.value.order) }
            .map { (signature: $0.key, count: $0.value.count, cell: $0.value.cell) }
    }

    /// The shown units from the organisation down to `node`, `node` included when shown.
    private func shownPath(to node: Int, _ tree: Tree) -> [Int] {
        var path: [Int] = []
        var current: Int? = node
        while let c = current {
            if units[c] { path.append(c) }
            current = tree.parents[c]
        }
        return path.reversed()
    }

    private func signature(path: [Int], cell: Int) -> [Group] {
        var groups: [Group] = []
        for unit in path {
            groups.append(Group(node: unit, dimension: -1, band: 0))
            for dimension in bands[unit].indices {
                let band = Self.band(of: cell, dimension)
                if bands[unit][dimension][band] { groups.append(Group(node: unit, dimension: dimension, band: band)) }
            }
        }
        return groups
    }

    /// The groups whose suppression would merge a class with a neighbour: the bands it lies in,
    /// the shown bands beside it at its units, and the shown units just below its deepest unit.
    private func candidates(for signature: [Group], cell: Int, _ tree: Tree) -> [Group] {
        var candidates = signature.filter { $0.dimension >= 0 }
        let path = signature.filter { $0.dimension < 0 }.map(\.node)
        for unit in path {
            for dimension in bands[unit].indices where !bands[unit][dimension][Self.band(of: cell, dimension)] {
                for band in bands[unit][dimension].indices where bands[unit][dimension][band] {
                    candidates.append(Group(node: unit, dimension: dimension, band: band))
                }
            }
        }
        if let deepest = path.last {
            candidates += tree.shownFrontier(below: deepest, shown: units).map { Group(node: $0, dimension: -1, band: 0) }
        }
        return candidates.filter { $0.node != 0 || $0.dimension >= 0 }
    }
}
