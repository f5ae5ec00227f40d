import Foundation

/// The arithmetic every feature does over the tree, done once: counts rolled up to the units
/// above, the chain of units above a unit, and the units a programme aimed at a unit concerns.
extension UnitTree {
    /// Per unit: its own count plus everything below it. One pass from the leaves up, so a deep
    /// tree costs as much as a flat one.
    public func rolledUp(_ own: [UUID: Int]) -> [UUID: Int] {
        var total: [UUID: Int] = [:]
        func sum(_ id: UUID, depth: Int) -> Int {
            if let known = total[id] { return known }
            // The bound guards against a cycle in stored data, as `ancestry` does.
            guard depth <= nodes.count else { return 0 }
            let value = (own[id] ?? 0) + children(of: id).reduce(0) { $0 + sum($1.id, depth: depth + 1) }
            total[id] = value
            return value
        }
        for id in nodes.keys { _ = sum(id, depth: 0) }
        return total
    }

    /// For each unit: itself and the units above it, the unit first.
    public func chainsUpward(from units: [UUID]) -> [UUID: [UUID]] {
        Dictionary(units.map { ($0, ancestry(of: $0).map(\.id).reversed()) }, uniquingKeysWith: { first, _ in first })
    }

    /// The units whose programmes concern `unit`: the unit, the units above it and those below.
    /// Nil for the organisation as a whole, which every programme concerns.
    public func concerning(_ unit: UUID?) -> Set<UUID>? {
        guard let unit else { return nil }
        return Set(ancestry(of: unit).map(\.id) + subtree(of: unit).map(\.id))
    }

    /// The units of `scope` with people of their own (not only in units below), given counts
    /// rolled up with `rolledUp`.
    public func withOwnPeople(_ scope: [UUID], rolledUp counts: [UUID: Int]) -> [UUID] {
        scope.filter { id in (counts[id] ?? 0) > children(of: id).reduce(0) { $0 + (counts[$1.id] ?? 0) } }
    }
}

extension Programme {
    /// Whether the programme concerns a group: it targets the whole organisation, or one of the
    /// `concerned` units (see `UnitTree.concerning`); nil means the whole organisation.
    public func concerns(_ concerned: Set<UUID>?) -> Bool {
        targetUnits.isEmpty || concerned.map { units in targetUnits.contains(where: units.contains) } ?? true
    }

    /// The money spent over all years, hours not included.
    public var money: Double { investments.reduce(0) { $0 + $1.money } }
}

extension Portfolio {
    /// `load(on:units:ancestors:headcount:)` with the chains taken from the tree.
    public func load(on day: CalendarDate, units: [UUID], in tree: UnitTree, headcount: [UUID: Int]) -> [UUID: Load] {
        load(on: day, units: units, ancestors: tree.chainsUpward(from: units), headcount: headcount)
    }
}
