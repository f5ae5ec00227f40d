import Testing

@testable import VeerkrachtCore

/// Cells pack (age, gender, tenure) band indices; these tests vary age and gender only.
private func cell(_ age: Int, _ gender: Int = 0) -> Int { age << 16 | gender << 8 }

@Suite struct DisclosureTests {
    @Test func aUnitBelowTheThresholdIsSuppressed() {
        // Organisation with two teams of 12 and 4.
        let d = Disclosure(parents: [nil, 0, 0], ownCells: [[:], [cell(0): 12], [cell(0): 4]], bandValues: [1, 1, 1], threshold: 5)
        #expect(d.isShown(unit: 0) && !d.isShown(unit: 2))
    }

    @Test func aSiblingIsSuppressedSoTheSmallTeamCannotBeSubtracted() {
        // 12 + 7 + 4: the organisation minus the two shown teams would give the team of 4,
        // so the smallest shown sibling goes too, and their sum (11) is all subtraction gives.
        let d = Disclosure(
            parents: [nil, 0, 0, 0], ownCells: [[:], [cell(0): 12], [cell(0): 7], [cell(0): 4]],
            bandValues: [1, 1, 1], threshold: 5)
        #expect(d.isShown(unit: 0) && d.isShown(unit: 1))
        #expect(!d.isShown(unit: 2) && !d.isShown(unit: 3))
    }

    @Test func peopleInTheParentItselfCountAsAHiddenPart() {
        // A division with 2 people of its own and two teams of 10 and 6.
        let d = Disclosure(
            parents: [nil, 0, 1, 1], ownCells: [[:], [cell(0): 2], [cell(0): 10], [cell(0): 6]],
            bandValues: [1, 1, 1], threshold: 5)
        #expect(d.isShown(unit: 1) && d.isShown(unit: 2) && !d.isShown(unit: 3))
    }

    @Test func aSuppressedChildWithEnoughPeopleNeedsNothingMore() {
        // Teams of 10, 6 and 5 under a division without people of its own: nothing is small.
        let d = Disclosure(
            parents: [nil, 0, 1, 1, 1], ownCells: [[:], [:], [cell(0): 10], [cell(0): 6], [cell(0): 5]],
            bandValues: [1, 1, 1], threshold: 5)
        #expect(d.units == [true, true, true, true, true])
    }

    @Test func anOrganisationBelowTheThresholdShowsNothing() {
        let d = Disclosure(parents: [nil, 0], ownCells: [[:], [cell(1): 3, cell(2): 1]], bandValues: [3, 1, 1], threshold: 5)
        #expect(d.units == [false, false])
        #expect(!d.isShown(unit: 0, band: 1, of: .age))
    }

    @Test func aSmallBandTakesTheNextSmallestBandWithIt() {
        // Ages: 9 unknown, 8 in band 1, 6 in band 2, 2 in band 3.
        let d = Disclosure(
            parents: [nil], ownCells: [[cell(0): 9, cell(1): 8, cell(2): 6, cell(3): 2]],
            bandValues: [4, 1, 1], threshold: 5)
        #expect(d.isShown(unit: 0, band: 0, of: .age) && d.isShown(unit: 0, band: 1, of: .age))
        #expect(!d.isShown(unit: 0, band: 2, of: .age) && !d.isShown(unit: 0, band: 3, of: .age))
    }

    @Test func twoDimensionsThatCouldBeSubtractedKeepOnlyTheLargerOne() {
        // All 5 women are aged 30-39 with 3 men: "30-39" minus "women" would give 3 men.
        let d = Disclosure(
            parents: [nil], ownCells: [[cell(1, 1): 5, cell(1, 2): 3, cell(2, 2): 12]],
            bandValues: [3, 3, 1], threshold: 5)
        let ages = (1...2).filter { d.isShown(unit: 0, band: $0, of: .age) }
        let genders = (1...2).filter { d.isShown(unit: 0, band: $0, of: .gender) }
        #expect(ages.isEmpty != genders.isEmpty)
    }

    @Test func largeGroupsLoseNothingButTheWaveIsBrokenDownByOneDimension() {
        let d = Disclosure(
            parents: [nil, 0, 0], ownCells: [[:], [cell(1, 1): 20, cell(2, 2): 30], [cell(1, 2): 25, cell(2, 1): 40]],
            bandValues: [3, 3, 1], threshold: 5)
        #expect(d.units.allSatisfy { $0 })
        // Both dimensions show as many bands; the first keeps them, at every unit.
        #expect(d.breakdownDimension == .age)
        #expect(
            (0...2).allSatisfy { node in
                (1...2).allSatisfy { d.isShown(unit: node, band: $0, of: .age) && !d.isShown(unit: node, band: $0, of: .gender) }
            })
    }

    // MARK: - The attack

    @Test(arguments: 0..<300) func noCombinationOfUnitsAndOneBandRevealsASmallGroup(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        let scenario = Scenario.random(
            &random, units: Int.random(in: 1...7, using: &random), ages: Int.random(in: 1...3, using: &random), genders: 1)
        #expect(scenario.leak() == nil, "\(scenario)")
    }

    @Test(arguments: 0..<300) func noCombinationOfTwoDimensionsWithinAUnitRevealsASmallGroup(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) &+ 10_000)
        let scenario = Scenario.random(
            &random, units: 0, ages: Int.random(in: 2...4, using: &random), genders: Int.random(in: 2...3, using: &random))
        #expect(scenario.leak() == nil, "\(scenario)")
    }
}

/// A random organisation and an attacker who knows every figure the rule lets through.
private struct Scenario: CustomStringConvertible {
    let parents: [Int?]
    /// Own people per node, per (age, gender).
    let counts: [[[Int]]]
    let threshold: Int

    static func random(_ random: inout SeededRandom, units: Int, ages: Int, genders: Int) -> Scenario {
        let parents: [Int?] = [nil] + (1..<(units + 1)).map { Int.random(in: 0..<$0, using: &random) }
        // Mostly small counts with some empty cells: where suppression has work to do.
        let counts = parents.indices.map { _ in
            (0..<ages).map { _ in (0..<genders).map { _ in [0, 0, 1, 1, 2, 3, 4, 6, 9][Int.random(in: 0..<9, using: &random)] } }
        }
        return Scenario(parents: parents, counts: counts, threshold: Int.random(in: 3...5, using: &random))
    }

    var description: String { "parents \(parents) counts \(counts) threshold \(threshold)" }

    /// A set of people below the threshold (not empty) whose figures follow from what is
    /// shown by adding and subtracting, found by exact elimination; nil when there is none.
    func leak() -> [Int]? {
        let ages = counts[0].count
        let genders = counts[0][0].count
        let cells = parents.indices.map { node in
            Dictionary(uniqueKeysWithValues: (0..<ages).flatMap { a in (0..<genders).map { g in (cell(a, g), counts[node][a][g]) } })
        }
        let rule = Disclosure(parents: parents, ownCells: cells, bandValues: [ages, genders, 1], threshold: threshold)
        // Atoms: one node's own people in one cell. Empty atoms change no figure: left out.
        let atoms = parents.indices.flatMap { n in (0..<ages).flatMap { a in (0..<genders).map { g in (n, a, g) } } }
            .filter { counts[$0.0][$0.1][$0.2] > 0 }
        func inSubtree(_ node: Int, of root: Int) -> Bool {
            var current: Int? = node
            while let c = current {
                if c == root { return true }
                current = parents[c]
            }
            return false
        }
        var shown: [[Double]] = []
        for node in parents.indices where rule.isShown(unit: node) {
            shown.append(atoms.map { inSubtree($0.0, of: node) ? 1 : 0 })
            for a in 0..<ages where rule.isShown(unit: node, band: a, of: .age) {
                shown.append(atoms.map { inSubtree($0.0, of: node) && $0.1 == a ? 1 : 0 })
            }
            for g in 0..<genders where rule.isShown(unit: node, band: g, of: .gender) {
                shown.append(atoms.map { inSubtree($0.0, of: node) && $0.2 == g ? 1 : 0 })
            }
        }
        let basis = Self.echelon(shown)
        let small = atoms.indices.filter { counts[atoms[$0].0][atoms[$0].1][atoms[$0].2] < threshold }
        var found: [Int]?
        func search(from start: Int, chosen: [Int], total: Int) {
            guard found == nil else { return }
            if !chosen.isEmpty, Self.isInSpan(atoms.indices.map { chosen.contains($0) ? 1 : 0 }, basis) {
                found = chosen
                return
            }
            for next in small where next >= start {
                let n = counts[atoms[next].0][atoms[next].1][atoms[next].2]
                if total + n < threshold { search(from: next + 1, chosen: chosen + [next], total: total + n) }
            }
        }
        search(from: 0, chosen: [], total: 0)
        return found
    }

    /// Rows in reduced echelon form, with their pivot columns.
    static func echelon(_ rows: [[Double]]) -> [(pivot: Int, row: [Double])] {
        var basis: [(Int, [Double])] = []
        for row in rows {
            var r = reduce(row, basis)
            guard let pivot = r.firstIndex(where: { abs($0) > 1e-9 }) else { continue }
            let p = r[pivot]
            r = r.map { $0 / p }
            basis = basis.map { b in (b.0, zip(b.1, r).map { $0 - b.1[pivot] * $1 }) }
            basis.append((pivot, r))
        }
        return basis
    }

    static func reduce(_ vector: [Double], _ basis: [(pivot: Int, row: [Double])]) -> [Double] {
        var v = vector
        for (pivot, row) in basis where abs(v[pivot]) > 1e-9 {
            let factor = v[pivot]
            v = zip(v, row).map { $0 - factor * $1 }
        }
        return v
    }

    static func isInSpan(_ vector: [Double], _ basis: [(pivot: Int, row: [Double])]) -> Bool {
        reduce(vector, basis).allSatisfy { abs($0) < 1e-9 }
    }
}

/// SplitMix64: the same cases on every run and every machine.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
