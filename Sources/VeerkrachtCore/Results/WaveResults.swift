import Foundation

/// A group of respondents someone asks results for: the organisation or a unit (with its
/// sub-units), optionally narrowed to one band of one dimension.
public struct ResultGroup: Hashable, Sendable {
    public let unit: UUID?
    public let band: (dimension: BandDimension, index: Int)?

    public init(unit: UUID?, band: (dimension: BandDimension, index: Int)? = nil) {
        self.unit = unit
        self.band = band
    }

    public static func == (a: ResultGroup, b: ResultGroup) -> Bool {
        a.unit == b.unit && a.band?.dimension == b.band?.dimension && a.band?.index == b.band?.index
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(unit)
        hasher.combine(band?.dimension)
        hasher.combine(band?.index)
    }
}

/// The results of one wave, and the only way to them: every tally handed out has passed the
/// disclosure rule, and a suppressed group yields nil. Pages, exports and the API read here.
public struct WaveResults: Sendable {
    public let threshold: Int
    public let scales: [ResultScale]
    public let columns: [Item]
    public let bandLabels: [[String]]
    /// Node 0 is the organisation; the others are the units of the tree in display order.
    public let nodes: [UUID?]
    public let depths: [Int]
    let parents: [Int?]
    let table: ResponseTable
    let nodeOfRow: [Int32]
    public let disclosure: Disclosure
    public let layout: TallyLayout

    /// The node numbering a table's unit column must use: the organisation, then the units of
    /// the tree in display order. Responses of a unit no longer in the tree count for the
    /// organisation only.
    public struct Layout: Sendable {
        public let nodes: [UUID?]
        public let parents: [Int?]
        public let depths: [Int]
        private let index: [UUID: Int]

        public init(tree: UnitTree) {
            let flat = tree.flattened()
            nodes = [nil] + flat.map { $0.node.id }
            depths = [0] + flat.map { $0.depth + 1 }
            let index = Dictionary(uniqueKeysWithValues: flat.enumerated().map { ($1.node.id, $0 + 1) })
            parents = [nil] + flat.map { $0.node.parentID.flatMap { index[$0] } ?? 0 }
            self.index = index
        }

        public func node(of unit: UUID?) -> Int { unit.flatMap { index[$0] } ?? 0 }

        /// Per node whether it lies in the subtree of `root` (the root included).
        public func subtree(of root: Int) -> [Bool] { Self.subtree(of: root, parents: parents) }

        /// Per node its value with those of all its sub-units added: display order puts every
        /// unit after its parent, so walking back adds sub-units first.
        public static func rolledUp<T>(_ own: [T], parents: [Int?], _ add: (T, T) -> T) -> [T] {
            var total = own
            for node in stride(from: own.count - 1, through: 1, by: -1) {
                if let parent = parents[node] { total[parent] = add(total[parent], total[node]) }
            }
            return total
        }

        /// Display order puts every unit after its parent, so one pass marks all descendants.
        static func subtree(of root: Int, parents: [Int?]) -> [Bool] {
            var inside = [Bool](repeating: false, count: parents.count)
            inside[root] = true
            for n in parents.indices where n > root { if let p = parents[n], inside[p] { inside[n] = true } }
            return inside
        }
        public func contains(_ unit: UUID) -> Bool { index[unit] != nil }
    }

    /// True for the results of an open wave without live results: they hold no responses, so
    /// every reader shows nothing, and pages say why.
    public let isWithheld: Bool

    public init(table: ResponseTable, instruments: [Instrument], layout: Layout, threshold: Int, withheld: Bool = false) {
        precondition(!withheld || table.count == 0, "withheld results hold no responses")
        isWithheld = withheld
        self.threshold = threshold
        self.table = table
        columns = table.columns
        bandLabels = table.bandLabels
        scales = ResultScale.all(in: table.columns, instruments: instruments)
        self.layout = TallyLayout(columnCount: table.columns.count, scales: scales)
        nodes = layout.nodes
        depths = layout.depths
        parents = layout.parents
        nodeOfRow = table.units
        var ownCells = [[Int: Int]](repeating: [:], count: layout.nodes.count)
        for row in 0..<table.count { ownCells[Int(nodeOfRow[row])][table.cell(ofRow: row), default: 0] += 1 }
        disclosure = Disclosure(
            parents: layout.parents, ownCells: ownCells,
            bandValues: table.bandLabels.map { $0.count + 1 }, threshold: threshold)
        index = Dictionary(uniqueKeysWithValues: layout.nodes.enumerated().compactMap { i, id in id.map { ($0, i) } })
    }

    private let index: [UUID: Int]

    public var respondents: Int { table.count }

    public func node(of unit: UUID?) -> Int? {
        guard let unit else { return 0 }
        return index[unit]
    }

    public func isShown(_ group: ResultGroup) -> Bool {
        guard let node = node(of: group.unit) else { return false }
        guard let band = group.band else { return disclosure.isShown(unit: node) }
        // A band nobody in the wave has is simply too small to show.
        guard band.index >= 1, band.index <= bandLabels[band.dimension.rawValue].count else { return false }
        return disclosure.isShown(unit: node, band: band.index, of: band.dimension)
    }

    /// Tallies already counted: the results never change, so a group is counted once.
    let memo = Memo()

    // Unchecked: every stored property is read and written under `lock` only.
    final class Memo: @unchecked Sendable {
        private let lock = NSLock()
        private var groups: [ResultGroup: GroupTally] = [:]
        private var units: [GroupTally?]?
        private var ownMixes: [PreferenceMix]?
        private var spreads: [ResultGroup: [ScaleSpread?]] = [:]
        /// Enough for every unit and band someone looks at, small next to the table.
        static let capacity = 512

        func group(_ key: ResultGroup, _ make: () -> GroupTally) -> GroupTally {
            if let known = lock.withLock({ groups[key] }) { return known }
            let tally = make()
            lock.withLock { if groups.count < Self.capacity { groups[key] = tally } }
            return tally
        }

        func units(_ make: () -> [GroupTally?]) -> [GroupTally?] {
            if let known = lock.withLock({ units }) { return known }
            let tallies = make()
            lock.withLock { units = tallies }
            return tallies
        }

        func spread(_ key: ResultGroup, _ make: () -> [ScaleSpread?]) -> [ScaleSpread?] {
            if let known = lock.withLock({ spreads[key] }) { return known }
            let made = make()
            lock.withLock { if spreads.count < Self.capacity { spreads[key] = made } }
            return made
        }

        func ownMixes(_ make: () -> [PreferenceMix]) -> [PreferenceMix] {
            if let known = lock.withLock({ ownMixes }) { return known }
            let made = make()
            lock.withLock { ownMixes = made }
            return made
        }
    }

    /// The tally of a group, or nil when the group may not be shown.
    public func tally(_ group: ResultGroup) -> GroupTally? {
        guard isShown(group), let node = node(of: group.unit) else { return nil }
        if group.band == nil { return unitTallies()[node] }
        return memo.group(group) { count(group, node: node) }
    }

    private func count(_ group: ResultGroup, node: Int) -> GroupTally {
        let inside = Layout.subtree(of: node, parents: parents)
        let groupOfRow = (0..<table.count).map { row -> Int32 in
            guard inside[Int(nodeOfRow[row])] else { return -1 }
            if let band = group.band, table.band(ofRow: row, band.dimension) != band.index { return -1 }
            return 0
        }
        return GroupTally(layout: layout, values: layout.accumulate(answers: table.answers, groupOfRow: groupOfRow, groups: 1)[...])
    }

    /// Every node's tally (with its sub-units), nil where suppressed: one pass over the rows.
    public func unitTallies() -> [GroupTally?] {
        memo.units(countUnits)
    }

    private func countUnits() -> [GroupTally?] {
        let storage = layout.accumulate(answers: table.answers, groupOfRow: nodeOfRow, groups: nodes.count)
        var own = nodes.indices.map { GroupTally(layout: layout, values: storage[$0 * layout.length..<($0 + 1) * layout.length]) }
        for node in stride(from: nodes.count - 1, through: 1, by: -1) {
            // Display order puts every unit after its parent, so walking back adds children first.
            if let parent = parents[node] { own[parent] += own[node] }
        }
        return own.enumerated().map { disclosure.isShown(unit: $0) ? $1 : nil }
    }

    /// The responses of shown groups, for the response-level export; see `DisclosedResponses`.
    public func disclosedResponses() -> DisclosedResponses {
        DisclosedResponses(results: self)
    }

    func forEachRow(_ body: (_ row: Int, _ node: Int) -> Void) {
        for row in 0..<table.count { body(row, Int(nodeOfRow[row])) }
    }

    func band(ofRow row: Int, _ dimension: BandDimension) -> Int { table.band(ofRow: row, dimension) }
    func answers(ofRow row: Int) -> ArraySlice<UInt8> { table.withAnswers(ofRow: row) { $0 } }
    func parent(of node: Int) -> Int? { parents[node] }

    /// Per node, dimension and band index (0 = not known) the number of respondents, nil where
    /// that group may not be shown; every entry nil for a node that may not be shown.
    public func disclosedBandCounts() -> [[[Int?]]] {
        var counts = nodes.indices.map { _ in bandLabels.map { [Int](repeating: 0, count: $0.count + 1) } }
        forEachRow { row, node in
            for dimension in BandDimension.allCases { counts[node][dimension.rawValue][table.band(ofRow: row, dimension)] += 1 }
        }
        for node in stride(from: nodes.count - 1, through: 1, by: -1) {
            guard let parent = parents[node] else { continue }
            for d in counts[node].indices { for b in counts[node][d].indices { counts[parent][d][b] += counts[node][d][b] } }
        }
        return counts.enumerated().map { node, dimensions in
            dimensions.enumerated().map { d, bands in
                bands.enumerated().map { band, n in
                    disclosure.isShown(unit: node, band: band, of: BandDimension(rawValue: d)!) ? n : nil
                }
            }
        }
    }

}
