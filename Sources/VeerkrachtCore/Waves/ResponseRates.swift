import Foundation

/// The response rates of a wave per unit (each unit's own invitees, not its sub-units'), as
/// pages and the API may show them. A unit with fewer invitees than the threshold shows
/// nothing. Its started and completed counts show only where the completed counts cannot be
/// worked out against the results: they follow the results' residue rule (`Disclosure` on the
/// unit tree), and a unit's own row shows them only where all its sub-units show theirs too, so
/// the row is a residue that rule checked. Otherwise a parent's results n minus its teams'
/// completed counts would give the parent's own respondents. Nobody having answered yet is
/// never a secret: zero always shows.
public struct ResponseRates: Sendable {
    /// Per unit that has invitees: its counts, or `.belowThreshold`.
    public let units: [UUID: ResponseRate.Shown]
    /// The whole wave: its counts, or `.belowThreshold` when the wave is smaller than the threshold.
    public let total: ResponseRate.Shown

    public init(_ rates: [UUID: ResponseRate], tree: UnitTree, threshold: Int) {
        let layout = WaveResults.Layout(tree: tree)
        var own = [Int](repeating: 0, count: layout.nodes.count)
        for (unit, rate) in rates { own[layout.node(of: unit)] += rate.completed }
        let disclosure = Disclosure(parents: layout.parents, ownCounts: own, threshold: threshold)
        let subtree = WaveResults.Layout.rolledUp(own, parents: layout.parents, +)
        var children = [[Int]](repeating: [], count: layout.nodes.count)
        for (node, parent) in layout.parents.enumerated() { if let parent { children[parent].append(node) } }
        func visible(_ node: Int) -> Bool { subtree[node] == 0 || disclosure.isShown(unit: node) }
        var shown: [UUID: ResponseRate.Shown] = [:]
        for (unit, rate) in rates {
            let node = layout.node(of: unit)
            if rate.invited < threshold {
                shown[unit] = .belowThreshold
            } else if node != 0, visible(node), children[node].allSatisfy(visible) {
                shown[unit] = .counts(rate)
            } else {
                shown[unit] = .invitedOnly(rate.invited)
            }
        }
        units = shown
        let sum = rates.values.reduce(ResponseRate(invited: 0, started: 0, completed: 0)) {
            ResponseRate(invited: $0.invited + $1.invited, started: $0.started + $1.started, completed: $0.completed + $1.completed)
        }
        total = sum.invited < threshold ? .belowThreshold : visible(0) ? .counts(sum) : .invitedOnly(sum.invited)
    }
}
