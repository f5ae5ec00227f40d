import Foundation
import Testing

@testable import VeerkrachtCore

private func day(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

private func programme(
    _ name: String = "Leiderschap", money: [Int: Double] = [:], status: Programme.Status = .running,
    start: String? = "2022-01-01"
) -> Programme {
    var p = Programme(name: name)
    p.status = status
    p.destination = "Teams lossen roosterproblemen zelf op"
    p.start = start.map(day)
    p.investments = money.map {
        Programme.Investment(year: $0.key, money: $0.value, participantHours: 100, coveringHours: 40, bearer: .organisation)
    }
    .sorted { $0.year < $1.year }
    return p
}

@Suite struct ProgrammeTests {
    @Test func roiAndBenefitCostRatioFollowPhillipsWithTheAttributedShare() throws {
        var p = programme(money: [2024: 10_000])
        p.benefits = 30_000
        p.attributedShare = 0.5
        // Attributed 15,000 against costs 10,000: ROI 50%, BCR 1.5.
        #expect(try #require(p.roiPercent) == 50)
        #expect(try #require(p.benefitCostRatio) == 1.5)
    }

    @Test func hoursCountAsCostsOnlyWithAnHourlyCost() {
        var p = programme(money: [2024: 10_000])
        #expect(p.costs == 10_000)
        p.hourlyCost = 50
        // 100 participant hours and 40 covering hours at 50.
        #expect(p.costs == 17_000)
    }

    @Test func withoutCostsOrWithoutBenefitsThereIsNoROI() {
        var free = programme()
        free.benefits = 5_000
        #expect(free.roiPercent == nil && free.benefitCostRatio == nil)
        let unknown = programme(money: [2024: 1_000])
        #expect(unknown.roiPercent == nil && unknown.benefitCostRatio == nil)
    }

    @Test func everyProblemNamesItsFieldAndAllAreReportedTogether() {
        var p = programme(money: [2024: -5])
        p.name = " "
        p.destination = ""
        p.start = day("2025-03-01")
        p.end = day("2025-01-01")
        p.yields = [
            .init(level: .collective, kind: .productDelivered, indicator: "", target: "plan", measuredOn: nil, addedAfterwards: false)
        ]
        let fields = Set(p.problems.map(\.field))
        #expect(fields == ["name", "end", "destination", "indicator", "money"])
    }

    @Test func anIdeaNeedsNoDestinationButARunningProgrammeDoes() {
        var p = programme(status: .idea)
        p.destination = ""
        #expect(p.problems.isEmpty)
        p.status = .running
        #expect(p.problems == [.runningWithoutDestination])
    }

    @Test func aYieldAddedAfterTheStartIsAfterwards() {
        var p = programme(status: .design, start: "2026-03-01")
        #expect(!p.yieldWouldBeAfterwards(on: day("2026-02-01")))
        #expect(p.yieldWouldBeAfterwards(on: day("2026-03-01")))
        p.status = .running
        #expect(p.yieldWouldBeAfterwards(on: day("2026-02-01")))
    }

    @Test func reconstructionIsDueTwoYearsAfterTheStartOrTheLastReconstruction() {
        var p = programme(start: "2022-05-10")
        #expect(p.reconstructionDue == day("2024-05-10"))
        p.reconstructedOn = day("2025-01-15")
        #expect(p.reconstructionDue == day("2027-01-15"))
        #expect(!p.isOverdue(p.reconstructionDue, on: day("2026-11-23")))
        #expect(p.isOverdue(p.reconstructionDue, on: day("2027-02-01")))
    }

    @Test func redesignIsDueFiveYearsAfterTheLastDesign() {
        var p = programme(start: "2020-02-29")
        #expect(p.redesignDue == day("2025-02-28"))
        p.designedOn = day("2023-06-01")
        #expect(p.redesignDue == day("2028-06-01"))
    }

    @Test func onlyRunningProgrammesAreOverdue() {
        let p = programme(status: .completed, start: "2015-01-01")
        #expect(!p.isOverdue(p.reconstructionDue, on: day("2026-11-23")))
    }

    @Test func aProgrammeWithoutAdjustmentsForYearsIsUnchanged() {
        var p = programme(start: "2021-01-01")
        #expect(p.isUnchanged(forYears: 3, on: day("2026-11-23")))
        p.adjustments = [.init(date: day("2025-04-01"), reason: "Kortere bijeenkomsten")]
        #expect(!p.isUnchanged(forYears: 3, on: day("2026-11-23")))
    }
}

@Suite struct PortfolioTests {
    @Test func investmentPerYearFillsYearsWithoutSpendingWithZero() {
        let totals = Portfolio([programme(money: [2023: 100, 2025: 50]), programme(money: [2025: 25])]).investmentByYear(lastYear: 2026)
        #expect(totals.map(\.year) == [2022, 2023, 2024, 2025, 2026])
        #expect(totals.map(\.money) == [0, 100, 0, 75, 0])
        #expect(totals[3].coveringHours == 80)
    }

    @Test func stabilityGivesTheCoefficientOfVariation() throws {
        // 100, 200, 300: mean 200, sample sd 100.
        let s = Portfolio.stability([(2024, 100), (2025, 200), (2026, 300)])
        #expect(abs(try #require(s.coefficientOfVariation) - 0.5) < 1e-12)
        #expect(s.largestCut == nil)
    }

    @Test func theLargestCutAndTheWarningOfPayingTwiceLater() throws {
        let s = Portfolio.stability([(2022, 100), (2023, 60), (2024, 50), (2025, 140)])
        let cut = try #require(s.largestCut)
        #expect(cut.year == 2023 && abs(cut.share - 0.4) < 1e-12)
        #expect(s.cutThenPaidMore)
        #expect(!Portfolio.stability([(2022, 100), (2023, 60), (2024, 90)]).cutThenPaidMore)
    }

    @Test func aSingleYearHasNoVariationAndNoCut() {
        let s = Portfolio.stability([(2026, 500)])
        #expect(s.coefficientOfVariation == nil && s.largestCut == nil && !s.cutThenPaidMore)
    }

    @Test func maturityCountsProgrammesAndMoneyDesignedBeforehand() throws {
        var designed = programme(money: [2025: 300])
        designed.designRules = [.init(assumption: "We verwachten dat teams sneller besluiten omdat ...")]
        designed.yields = [
            .init(
                level: .organisation, kind: .measurableResult, indicator: "Verzuim", target: "-1%", measuredOn: nil, addedAfterwards: false)
        ]
        var afterwards = programme(money: [2025: 100])
        afterwards.designRules = designed.designRules
        afterwards.yields = [
            .init(
                level: .organisation, kind: .measurableResult, indicator: "Verzuim", target: "-1%", measuredOn: nil, addedAfterwards: true)
        ]
        let idea = programme(money: [2025: 1_000], status: .idea)
        let maturity = Portfolio([designed, afterwards, idea]).maturity
        #expect(try #require(maturity.ofProgrammes) == 0.5)
        #expect(try #require(maturity.ofMoney) == 0.75)
        #expect(Portfolio([]).maturity == .init(ofProgrammes: nil, ofMoney: nil))
    }

    @Test func yieldsAddedAfterwardsAreCountedApart() {
        var p = programme()
        var before = Programme.ExpectedYield(
            level: .collective, kind: .productDelivered, indicator: "Afdelingsplan", target: "af", measuredOn: nil, addedAfterwards: false)
        before.realisation = .realised
        let after = Programme.ExpectedYield(
            level: .collective, kind: .noticeableChange, indicator: "Sfeer", target: "beter", measuredOn: nil, addedAfterwards: true)
        p.yields = [before, after]
        #expect(Portfolio([p]).yields(afterwards: false)[.collective] == .init(realised: 1))
        #expect(Portfolio([p]).yields(afterwards: true)[.collective] == .init(open: 1))
    }

    @Test func theBalanceAddsMoneyAndHoursByFocusAndBearer() throws {
        var a = programme(money: [2025: 1_000])
        a.focus = .individual
        var b = programme(money: [2025: 500])
        b.focus = .organisation
        b.investments[0].bearer = .individual
        let balance = Portfolio([a, b]).balance
        #expect(balance.moneyByFocus == [.individual: 1_000, .organisation: 500])
        #expect(balance.moneyByBearer == [.organisation: 1_000, .individual: 500])
        #expect(try #require(balance.coveringPerParticipantHour) == 0.4)
        #expect(Portfolio([]).balance.coveringPerParticipantHour == nil)
    }

    @Test func loadCountsRunningProgrammesAboveAUnitAndSpreadsTheirHours() throws {
        let division = UUID()
        let team = UUID()
        var wide = programme(money: [2026: 0])
        wide.targetUnits = [division]
        wide.investments = [.init(year: 2026, money: 0, participantHours: 1_200, coveringHours: 0, bearer: .organisation)]
        var narrow = programme(money: [2026: 0])
        narrow.targetUnits = [team]
        narrow.investments = [.init(year: 2026, money: 0, participantHours: 240, coveringHours: 0, bearer: .organisation)]
        var finished = programme()
        finished.status = .completed
        finished.targetUnits = [team]
        let load = Portfolio([wide, narrow, finished]).load(
            on: day("2026-11-23"), units: [division, team],
            ancestors: [division: [division], team: [team, division]],
            headcount: [division: 100, team: 10])
        let teamLoad = try #require(load[team])
        #expect(teamLoad.concurrentProgrammes == 2)
        // 1,200 h over 100 people and 240 h over 10 people, per month: 1 + 2.
        #expect(abs(teamLoad.hoursPerPersonPerMonth - 3) < 1e-12)
        #expect(load[division]?.concurrentProgrammes == 1)
    }

    @Test func changeFatigueShowsWithManyProgrammesOrManyHours() {
        #expect(Portfolio.Load(concurrentProgrammes: 3, hoursPerPersonPerMonth: 1).changeFatigue)
        #expect(Portfolio.Load(concurrentProgrammes: 1, hoursPerPersonPerMonth: 8).changeFatigue)
        #expect(!Portfolio.Load(concurrentProgrammes: 2, hoursPerPersonPerMonth: 7.9).changeFatigue)
    }

    @Test func theSpreadCountsProgrammesPerProcess() {
        var a = programme()
        var b = programme()
        var c = programme()
        a.process = .samenwerking
        b.process = .samenwerking
        c.process = .creatie
        #expect(Portfolio([a, b, c]).processSpread == [.samenwerking: 2, .creatie: 1])
    }

    @Test func overdueListsRunningProgrammesPastTheirDates() {
        let old = programme(start: "2019-01-01")
        let fresh = programme(start: "2026-01-01")
        let overdue = Portfolio([old, fresh]).overdue(on: day("2026-11-23"))
        #expect(overdue.reconstruction == [0] && overdue.redesign == [0])
    }

    @Test func aProgrammeSurvivesAJSONRoundTrip() throws {
        var p = programme(money: [2025: 10])
        p.adjustments = [.init(date: day("2026-01-02"), reason: "Groepen kleiner")]
        let data = try JSONEncoder().encode(p)
        #expect(try JSONDecoder().decode(Programme.self, from: data) == p)
    }
}

@Suite struct DemoPortfolioTests {
    private let programmes = DemoPortfolio.programmes(targets: [UUID(), UUID()], year: 2026, seed: 1)

    @Test func everyDemoProgrammeIsValid() {
        #expect(programmes.allSatisfy { $0.problems.isEmpty })
    }

    @Test func theDemoShowsACutFollowedByPayingMore() {
        let years = Portfolio(programmes).investmentByYear(lastYear: 2026)
        #expect(Portfolio.stability(years.map { ($0.year, $0.money) }).cutThenPaidMore)
    }

    @Test func theDemoHasOverdueCyclesAndYieldsAddedAfterwards() {
        let portfolio = Portfolio(programmes)
        #expect(!portfolio.overdue(on: CalendarDate(year: 2026, month: 11, day: 23)!).redesign.isEmpty)
        #expect(!portfolio.yields(afterwards: true).isEmpty)
        #expect(Set(programmes.compactMap(\.process)).count == ODProcess.allCases.count)
    }
}
