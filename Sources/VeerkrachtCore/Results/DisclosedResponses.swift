import Foundation

/// Each response of a shown group, for the response-level export. The unit reported is the
/// nearest shown unit; bands are reported only as far as every combination of unit and
/// reported bands holds at least the threshold of responses (dimensions are dropped, the most
/// finely split first, until that holds), so no row stands out in a small group. Rows are
/// ordered by unit and answers, never as they were submitted, and read by position, so an
/// export can stream them in chunks.
public struct DisclosedResponses: Sendable {
    private let results: WaveResults
    private let rows: [Int]
    private let reportedNode: [Int]
    private let keptDimensions: [Int: [BandDimension]]

    init(results: WaveResults) {
        self.results = results
        guard results.disclosure.isShown(unit: 0) else {
            rows = []
            reportedNode = []
            keptDimensions = [:]
            return
        }
        var reported = [Int](repeating: 0, count: results.nodes.count)
        for node in results.nodes.indices {
            var current: Int? = node
            while let c = current, !results.disclosure.isShown(unit: c) { current = results.parent(of: c) }
            reported[node] = current ?? 0
        }
        var rowsByUnit: [Int: [Int]] = [:]
        var rows: [Int] = []
        results.forEachRow { row, node in
            rowsByUnit[reported[node], default: []].append(row)
            rows.append(row)
        }
        var kept: [Int: [BandDimension]] = [:]
        for (unit, unitRows) in rowsByUnit {
            var dimensions = BandDimension.allCases
            func distinct(_ d: BandDimension) -> Int { Set(unitRows.map { results.band(ofRow: $0, d) }).count }
            while !dimensions.isEmpty {
                let classes = Dictionary(grouping: unitRows) { row in dimensions.map { results.band(ofRow: row, $0) } }
                if classes.values.allSatisfy({ $0.count >= results.threshold }) { break }
                let finest = dimensions.max { (distinct($0), -$0.rawValue) < (distinct($1), -$1.rawValue) }!
                dimensions.removeAll { $0 == finest }
            }
            kept[unit] = dimensions
        }
        var nodeOfRow = [Int](repeating: 0, count: rows.count)
        results.forEachRow { row, node in nodeOfRow[row] = reported[node] }
        // Stored order is the order of submission: sorted by reported unit and answers instead,
        // a new row lands among the others and not at the end.
        self.rows = rows.sorted { a, b in
            if nodeOfRow[a] != nodeOfRow[b] { return nodeOfRow[a] < nodeOfRow[b] }
            let (x, y) = (results.answers(ofRow: a), results.answers(ofRow: b))
            return x.lexicographicallyPrecedes(y) || (x.elementsEqual(y) && a < b)
        }
        reportedNode = nodeOfRow
        keptDimensions = kept
    }

    public var count: Int { rows.count }

    /// The unit reported for the response at `position` (nil: the organisation), its band
    /// labels per dimension (nil where left out or not known) and its 0–5 answers by column.
    public func response(at position: Int) -> (unit: UUID?, bands: [String?], answers: ArraySlice<UInt8>) {
        let row = rows[position]
        let node = reportedNode[row]
        let kept = keptDimensions[node] ?? []
        let bands = BandDimension.allCases.map { dimension -> String? in
            let band = results.band(ofRow: row, dimension)
            guard band > 0, kept.contains(dimension) else { return nil }
            return results.bandLabels[dimension.rawValue][band - 1]
        }
        return (results.nodes[node], bands, results.answers(ofRow: row))
    }
}
