import Foundation
import Testing

@testable import VeerkrachtCore

/// The attack on every figure `WaveResults` hands out, with an oracle that knows nothing of how
/// `Disclosure` works: it takes every shown group (unit tallies, band tallies, band counts,
/// preference mixes), solves the linear system they form over the people's cells, and looks
/// for any set of people below the threshold whose figures follow from it.
///
/// `VEERKRACHT_ATTACK_CASES` sets the number of random organisations (1,000 by default; the
/// benchmark run in the README uses 10,000).
// Serialized: the attack is pure computation, and run all at once it would hold every thread
// of the shared pool while the application tests wait for their database connections.
@Suite(.serialized) struct DisclosureAttackTests {
    static let chunks = 50
    static var cases: Int { ProcessInfo.processInfo.environment["VEERKRACHT_ATTACK_CASES"].flatMap(Int.init) ?? 1_000 }

    @Test(arguments: 0..<chunks) func noCombinationOfShownFiguresAcrossUnitsAndThreeDimensionsRevealsASmallGroup(chunk: Int) {
        let perChunk = (Self.cases + Self.chunks - 1) / Self.chunks
        for index in 0..<perChunk {
            var random = SeededRandom(seed: UInt64(chunk * perChunk + index) &+ 77_000)
            let organisation = RandomOrganisation(&random)
            let leak = organisation.leak()
            #expect(leak == nil, "\(organisation) reveals \(leak ?? [])")
        }
    }

    @Test func theAuditedCaseOfTheIssueIsClosed() {
        // Org (0) with A (1) and B (2); a manager knows B has no men aged 30-39. The women of B,
        // minus 30-39 of the organisation, plus 30-39 of A, gave one woman.
        let organisation = RandomOrganisation(
            parents: [nil, 0, 0], threshold: 5,
            counts: [
                [:],
                [[1, 1, 1]: 6, [1, 2, 1]: 5, [2, 1, 1]: 6, [2, 2, 1]: 5],
                [[1, 1, 1]: 1, [2, 1, 1]: 6, [2, 2, 1]: 6]
            ])
        #expect(organisation.leak() == nil)
    }
}

/// A random organisation of up to six units with people in three band dimensions.
private struct RandomOrganisation: CustomStringConvertible {
    let parents: [Int?]
    let threshold: Int
    /// Per node its own people per cell [age, gender, tenure] (band indices from 1).
    let counts: [[[Int]: Int]]

    init(parents: [Int?], threshold: Int, counts: [[[Int]: Int]]) {
        self.parents = parents
        self.threshold = threshold
        self.counts = counts
    }

    init(_ random: inout SeededRandom) {
        let units = Int.random(in: 1...5, using: &random)
        parents = [nil] + (1...units).map { Int.random(in: 0..<$0, using: &random) }
        let ages = Int.random(in: 1...3, using: &random)
        let genders = Int.random(in: 1...2, using: &random)
        let tenures = Int.random(in: 1...2, using: &random)
        var counts: [[[Int]: Int]] = []
        for _ in parents.indices {
            var own: [[Int]: Int] = [:]
            for a in 1...ages {
                for g in 1...genders {
                    for t in 1...tenures {
                        // Mostly small counts with some empty cells: where suppression has work to do.
                        let n = [0, 0, 1, 1, 2, 3, 4, 6, 9][Int.random(in: 0..<9, using: &random)]
                        if n > 0 { own[[a, g, t]] = n }
                    }
                }
            }
            counts.append(own)
        }
        self.counts = counts
        threshold = Int.random(in: 3...5, using: &random)
    }

    var description: String {
        "parents \(parents) threshold \(threshold) counts \(counts.map { $0.sorted { $0.key.lexicographicallyPrecedes($1.key) } })"
    }

    /// A set of cells of people below the threshold (not empty) whose figures follow from what
    /// is shown; nil when there is none.
    func leak() -> [[Int]]? {
        let ids = parents.indices.map { _ in UUID() }
        let tree = UnitTree(
            parents.indices.dropFirst().map { n in
                UnitNode(id: ids[n], parentID: parents[n].flatMap { $0 == 0 ? nil : ids[$0] }, name: "U\(n)", code: nil, isArchived: false)
            })
        let layout = WaveResults.Layout(tree: tree)
        let columns = LearningPreferenceScan.version1.items
        let ages = ["20-29", "30-39", "40-49"]
        var table = ResponseTable(columns: columns, bandLabels: ResponseTable.labels(ages: Set(ages)))
        var atoms: [(node: Int, cell: [Int], count: Int)] = []
        for node in parents.indices {
            for (cell, n) in counts[node].sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
                atoms.append((node, cell, n))
                for person in 0..<n {
                    table.append(
                        unit: node == 0 ? 0 : layout.node(of: ids[node]), bands: cell.map { UInt8($0) },
                        answers: columns.indices.map { UInt8(1 + ($0 + person) % 5) })
                }
            }
        }
        let results = WaveResults(table: table, instruments: [LearningPreferenceScan.version1], layout: layout, threshold: threshold)

        func inSubtree(_ node: Int, of root: Int) -> Bool {
            var current: Int? = node
            while let c = current {
                if c == root { return true }
                current = parents[c]
            }
            return false
        }
        // Every group any reader of `WaveResults` hands out, as a vector over the atoms.
        var shown: Set<[Double]> = []
        let mixes = results.preferenceMixes()
        let bandCounts = results.disclosedBandCounts()
        for node in parents.indices {
            let unit: UUID? = node == 0 ? nil : ids[node]
            let index = results.node(of: unit) ?? 0
            if results.tally(ResultGroup(unit: unit)) != nil || mixes[index] != nil {
                shown.insert(atoms.map { inSubtree($0.node, of: node) ? 1 : 0 })
            }
            for dimension in BandDimension.allCases {
                for band in 1...results.bandLabels[dimension.rawValue].count {
                    let group = ResultGroup(unit: unit, band: (dimension, band))
                    guard results.tally(group) != nil || bandCounts[index][dimension.rawValue][band] != nil else { continue }
                    shown.insert(atoms.map { inSubtree($0.node, of: node) && $0.cell[dimension.rawValue] == band ? 1 : 0 })
                }
            }
        }
        let basis = Self.echelon(Array(shown).sorted { $0.lexicographicallyPrecedes($1) })
        // A 0/1 vector in the span is the sum of the basis rows whose pivots it covers, so search
        // sets of rows whose pivots hold fewer people than the threshold.
        let candidates = basis.filter { atoms[$0.pivot].count < threshold }
        var found: [[Int]]?
        func search(from start: Int, sum: [Double], pivotTotal: Int, depth: Int) {
            guard found == nil else { return }
            if depth > 0, sum.allSatisfy({ abs($0) < 1e-9 || abs($0 - 1) < 1e-9 }) {
                let members = atoms.indices.filter { abs(sum[$0] - 1) < 1e-9 }
                let people = members.reduce(0) { $0 + atoms[$1].count }
                if people > 0, people < threshold {
                    found = members.map { [atoms[$0].node] + atoms[$0].cell }
                    return
                }
            }
            for next in start..<candidates.count {
                let n = atoms[candidates[next].pivot].count
                guard pivotTotal + n < threshold else { continue }
                search(from: next + 1, sum: zip(sum, candidates[next].row).map(+), pivotTotal: pivotTotal + n, depth: depth + 1)
            }
        }
        search(from: 0, sum: atoms.map { _ in 0 }, pivotTotal: 0, depth: 0)
        return found
    }

    /// Rows in reduced echelon form, with their pivot columns.
    static func echelon(_ rows: [[Double]]) -> [(pivot: Int, row: [Double])] {
        var basis: [(pivot: Int, row: [Double])] = []
        for row in rows {
            var r = row
            for (pivot, b) in basis where abs(r[pivot]) > 1e-9 {
                let factor = r[pivot]
                r = zip(r, b).map { $0 - factor * $1 }
            }
            guard let pivot = r.firstIndex(where: { abs($0) > 1e-9 }) else { continue }
            let p = r[pivot]
            r = r.map { $0 / p }
            basis = basis.map { b in (b.pivot, zip(b.row, r).map { $0 - b.row[pivot] * $1 }) }
            basis.append((pivot, r))
        }
        return basis
    }
}
