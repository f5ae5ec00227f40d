import Foundation
import Testing

@testable import VeerkrachtCore

/// A small organisation: Zorg with teams Noord and Zuid, answering the DLO scan.
private struct Fixture {
    let zorg = UUID(), noord = UUID(), zuid = UUID()
    let instrument = DLOScan.version1
    var tree: UnitTree {
        UnitTree([
            UnitNode(id: zorg, parentID: nil, name: "Zorg", code: nil, isArchived: false),
            UnitNode(id: noord, parentID: zorg, name: "Noord", code: nil, isArchived: false),
            UnitNode(id: zuid, parentID: zorg, name: "Zuid", code: nil, isArchived: false)
        ])
    }
    var columns: [Item] { instrument.items }

    /// Rows of (unit, age band label, answer for every item).
    func results(_ rows: [(UUID, String?, [UInt8])], threshold: Int = 3) -> WaveResults {
        var table = ResponseTable(columns: columns, bandLabels: ResponseTable.labels(ages: Set(rows.compactMap(\.1))))
        let layout = WaveResults.Layout(tree: tree)
        for (unit, age, answers) in rows {
            table.append(unit: layout.node(of: unit), bands: [table.bandIndex(age, in: .age), 0, 0], answers: answers)
        }
        return WaveResults(table: table, instruments: [instrument], layout: layout, threshold: threshold)
    }

    func uniform(_ value: UInt8) -> [UInt8] { Array(repeating: value, count: columns.count) }
}

@Suite struct WaveResultsTests {
    @Test func itemStatisticsFromCountsEqualThoseOfTheRawValues() throws {
        let values: [Double] = [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 5]
        let item = ItemStatistics(distribution: [1, 2, 3, 4, 5])
        let raw = Descriptives(values)
        #expect(item.descriptives.n == 15)
        #expect(abs(item.descriptives.mean - raw.mean) < 1e-12)
        let sd = try #require(item.descriptives.standardDeviation)
        let rawSD = try #require(raw.standardDeviation)
        #expect(abs(sd - rawSD) < 1e-12)
        #expect(item.favourableShare == 9.0 / 15.0)
    }

    @Test func aScaleScoreTurnsReverseKeyedItemsAroundBeforeAveraging() throws {
        let f = Fixture()
        let scale = try #require(ResultScale.all(in: f.columns, instruments: [f.instrument]).first)
        // Everyone answers 5 everywhere: reversed items count 1, so the score is (4·5 + 2·1)/6.
        let results = f.results(Array(repeating: (f.noord, nil, f.uniform(5)), count: 4))
        let stats = try #require(results.tally(ResultGroup(unit: nil))).scale(0)
        let reversed = scale.reversed.filter { $0 }.count
        #expect(abs(stats.descriptives.mean - Double(5 * (6 - reversed) + reversed) / 6) < 1e-12)
    }

    @Test func aScaleCountsOnlyPeopleWhoAnsweredAtLeastHalfItsItems() throws {
        let f = Fixture()
        let scale = try #require(ResultScale.all(in: f.columns, instruments: [f.instrument]).first)
        var tooFew = f.uniform(3)
        for column in scale.columns.dropFirst(scale.minimumAnswered - 1) { tooFew[column] = 0 }
        let results = f.results([(f.noord, nil, f.uniform(3)), (f.noord, nil, f.uniform(4)), (f.noord, nil, tooFew)])
        let stats = try #require(results.tally(ResultGroup(unit: nil))).scale(0)
        #expect(stats.descriptives.n == 2)
    }

    @Test func alphaFromTalliesEqualsAlphaFromTheRawRows() throws {
        let f = Fixture()
        let layout = try #require(ResultScale.all(in: f.columns, instruments: [f.instrument]).first)
        var random = SeededRandom(seed: 42)
        let rows = (0..<40).map { _ in (f.noord, String?.none, f.columns.map { _ in UInt8.random(in: 1...5, using: &random) }) }
        let results = f.results(rows)
        let stats = try #require(results.tally(ResultGroup(unit: nil))).scale(0)
        let keyedRows = rows.map { row in
            layout.columns.enumerated().map { Double(Scoring.keyed(Int(row.2[$1]), reversed: layout.reversed[$0])) }
        }
        let expected = try #require(Scoring.cronbachAlpha(keyedRows))
        let alpha = try #require(stats.alpha)
        #expect(abs(alpha - expected) < 1e-9)
    }

    @Test func aUnitsTallyIsTheSumOfItsTeams() throws {
        let f = Fixture()
        let noord: [(UUID, String?, [UInt8])] = (0..<6).map { (f.noord, nil, f.uniform(UInt8($0 % 5 + 1))) }
        let zuid: [(UUID, String?, [UInt8])] = (0..<5).map { (f.zuid, nil, f.uniform(UInt8($0 % 3 + 2))) }
        let rows = noord + zuid
        let results = f.results(rows)
        let tallies = results.unitTallies()
        let (noordNode, zuidNode, zorgNode) = (results.node(of: f.noord)!, results.node(of: f.zuid)!, results.node(of: f.zorg)!)
        var sum = try #require(tallies[noordNode])
        sum += try #require(tallies[zuidNode])
        #expect(tallies[zorgNode] == sum)
        #expect(results.tally(ResultGroup(unit: f.zorg)) == sum)
    }

    @Test func aSuppressedGroupGivesNoTally() {
        let f = Fixture()
        let noord: [(UUID, String?, [UInt8])] = (0..<6).map { _ in (f.noord, nil, f.uniform(4)) }
        let rows = noord + [(f.zuid, nil, f.uniform(2))]
        let results = f.results(rows, threshold: 3)
        #expect(results.tally(ResultGroup(unit: f.zuid)) == nil)
        // Zorg minus Noord would give Zuid's single response, so Noord is held back too.
        #expect(results.tally(ResultGroup(unit: f.noord)) == nil)
        #expect(results.tally(ResultGroup(unit: f.zorg)) != nil)
        #expect(results.unitTallies().compactMap { $0 }.count == 2)
    }

    @Test func aBandGroupIsNarrowedToItsBand() throws {
        let f = Fixture()
        let noord: [(UUID, String?, [UInt8])] = (0..<4).map { _ in (f.noord, "30-39", f.uniform(5)) }
        let zuid: [(UUID, String?, [UInt8])] = (0..<4).map { _ in (f.zuid, "40-49", f.uniform(1)) }
        let rows = noord + zuid
        let results = f.results(rows)
        let thirties = try #require(results.tally(ResultGroup(unit: nil, band: (.age, 1))))
        #expect(thirties.respondents == 4)
        #expect(thirties.item(0).descriptives.mean == 5)
    }

    @Test func responseRowsReportTheNearestShownUnitAndOnlyBandsSharedByEnough() {
        let f = Fixture()
        let noord: [(UUID, String?, [UInt8])] = (0..<6).map { (f.noord, $0 < 5 ? "30-39" : "50-59", f.uniform(4)) }
        let zuid: [(UUID, String?, [UInt8])] = (0..<2).map { _ in (f.zuid, "30-39", f.uniform(2)) }
        let rows = noord + zuid
        let results = f.results(rows, threshold: 3)
        let responses = results.disclosedResponses()
        let reported = (0..<responses.count).map { responses.response(at: $0) }.map { ($0.unit, $0.bands[BandDimension.age.rawValue]) }
        #expect(reported.count == 8)
        // Zuid (2) is suppressed and so Noord too; everyone is reported under Zorg, and the
        // single 50-59 would stand out, so ages are left out there.
        #expect(reported.allSatisfy { $0.0 == f.zorg && $0.1 == nil })
    }
}

@Suite struct DemoOrganisationTests {
    @Test func theSameSeedBuildsTheSameOrganisationAndAnswers() {
        let a = DemoOrganisation(people: 500, seed: 7, year: 2026)
        let b = DemoOrganisation(people: 500, seed: 7, year: 2026)
        #expect(a.units.map(\.name) == b.units.map(\.name))
        #expect(a.people.map(\.birthYear) == b.people.map(\.birthYear) && a.people.map(\.unit) == b.people.map(\.unit))
        let columns = DLOScan.version1.items
        let scales = ResultScale.all(in: columns, instruments: [DLOScan.version1])
        #expect(
            a.answers(person: 3, wave: 1, columns: columns, scales: scales)
                == b.answers(person: 3, wave: 1, columns: columns, scales: scales))
    }

    @Test func anotherSeedBuildsAnotherOrganisation() {
        let a = DemoOrganisation(people: 500, seed: 7, year: 2026)
        let b = DemoOrganisation(people: 500, seed: 8, year: 2026)
        #expect(a.people.map(\.birthYear) != b.people.map(\.birthYear))
    }

    @Test func theDemoHasSeveralHundredUnitsWithSomeTooSmallToShow() {
        let demo = DemoOrganisation(people: 20_000, seed: 1, year: 2026)
        #expect(demo.units.count > 200)
        let sizes = Dictionary(grouping: demo.people, by: \.unit).mapValues(\.count)
        let teams = demo.units.indices.filter { index in !demo.units.contains { $0.parent == index } }
        #expect(teams.contains { (sizes[$0] ?? 0) < 5 })
    }
}

@Suite struct ScaleNumbersTests {
    @Test func theDistributionCountsOnlyThePeopleWhoGetAScore() throws {
        let f = Fixture()
        let scale = try #require(ResultScale.all(in: f.columns, instruments: [f.instrument]).first)
        var tooFew = f.uniform(1)
        for column in scale.columns.dropFirst(scale.minimumAnswered - 1) { tooFew[column] = 0 }
        let results = f.results([
            (f.noord, nil, f.uniform(4)), (f.noord, nil, f.uniform(4)), (f.noord, nil, f.uniform(4)), (f.noord, nil, tooFew)
        ])
        let stats = try #require(results.tally(ResultGroup(unit: nil))).scale(0)
        // Three scored people with every item answered; the fourth's answers count nowhere.
        #expect(stats.distribution.reduce(0, +) == 3 * scale.columns.count)
        #expect(stats.distribution[0] == 0)
    }

    @Test func medianAndQuartilesInterpolateBetweenScoresAsRAndNumPyDo() throws {
        // Scores 1, 2, 3 and 4 on a multiplier of 1: type 7 gives 1.75, 2.5 and 3.25.
        let spread = try #require(ScaleSpread(histogram: [0, 1, 1, 1, 1, 0], multiplier: 1))
        #expect(spread.median == 2.5 && spread.lowerQuartile == 1.75 && spread.upperQuartile == 3.25)
        #expect(spread.interquartileRange == 1.5)
        #expect(ScaleSpread(histogram: [0, 0, 0], multiplier: 1) == nil)
    }

    @Test func aGroupsSpreadComesFromItsScoresAndASuppressedGroupHasNone() throws {
        let f = Fixture()
        let results = f.results([
            (f.noord, nil, f.uniform(2)), (f.noord, nil, f.uniform(3)), (f.noord, nil, f.uniform(3)),
            (f.noord, nil, f.uniform(5)), (f.zuid, nil, f.uniform(4))
        ])
        let scale = try #require(results.scales.first)
        let reversed = scale.reversed.filter { $0 }.count
        func score(_ v: Double) -> Double {
            (v * Double(scale.columns.count - reversed) + (6 - v) * Double(reversed)) / Double(scale.columns.count)
        }
        // The organisation: scores of 2, 3, 3, 5 and 4 answered everywhere; the median is that of 3.
        let spreads = try #require(results.spread(of: ResultGroup(unit: nil)))
        let spread = try #require(spreads.first ?? nil)
        #expect(abs(spread.median - score(3)) < 1e-12)
        #expect(abs(spread.lowerQuartile - score(3)) < 1e-12 && abs(spread.upperQuartile - score(4)) < 1e-12)
        // Zuid's one person is below the threshold: no spread, like no other figure.
        #expect(results.spread(of: ResultGroup(unit: f.zuid)) == nil)
    }

    @Test func aScaleFewerThanTheThresholdScoredIsNotShownInAShownGroup() throws {
        let f = Fixture()
        var skipped = f.uniform(3)
        let scale = try #require(ResultScale.all(in: f.columns, instruments: [f.instrument]).first)
        for column in scale.columns { skipped[column] = 0 }
        let results = f.results([
            (f.noord, nil, f.uniform(4)), (f.noord, nil, f.uniform(4)), (f.noord, nil, skipped), (f.noord, nil, skipped)
        ])
        let tally = try #require(results.tally(ResultGroup(unit: nil)))
        #expect(results.shownScale(0, in: tally) == nil)
        #expect(results.shownScale(1, in: tally)?.descriptives.n == 4)
    }
}

@Suite struct CompactAnswersTests {
    @Test func decodingPadsAShortTextCutsALongOneAndCountsAnythingButOneToFiveAsUnanswered() {
        #expect(CompactAnswers.decode("1502x", width: 7) == [1, 5, 0, 2, 0, 0, 0])
        #expect(CompactAnswers.decode("345345", width: 3) == [3, 4, 5])
        #expect(CompactAnswers.decode("", width: 2) == [0, 0])
    }
}
