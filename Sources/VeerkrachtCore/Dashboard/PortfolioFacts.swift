import Foundation

/// The portfolio's evidence per question. A figure with nothing to count (no running
/// programme, no evaluated yield) is left out rather than shown as zero.
struct PortfolioFacts {
    var base: [Evidence] = []
    var k1: [Evidence] = []
    var k2: [Evidence] = []
    var k3: [Evidence] = []
    var k4: [Evidence] = []
    var k5: [Evidence] = []

    init(_ portfolio: Portfolio, today: CalendarDate, loads: [Portfolio.Load]) {
        let counted = portfolio.programmes.filter { $0.status != .idea }
        let running = portfolio.programmes.filter { $0.status == .running }

        if !loads.isEmpty, !running.isEmpty {
            base.append(.changeFatigue(units: loads.filter(\.changeFatigue).count, of: loads.count))
        }

        if !counted.isEmpty {
            k1.append(.designMaturity(designed: counted.filter(\.isDesignedBeforehand).count, of: counted.count))
        }
        let yields = portfolio.yields(afterwards: false).values
        let realised = yields.reduce(0) { $0 + $1.realised }
        let partly = yields.reduce(0) { $0 + $1.partly }
        let notRealised = yields.reduce(0) { $0 + $1.notRealised }
        if realised + partly + notRealised > 0 {
            k1.append(.realisedYields(realised: realised, partly: partly, notRealised: notRealised))
        }
        // Years before the first spending are before the portfolio was kept, not cuts.
        let totals = portfolio.investmentByYear(lastYear: today.year).drop { $0.money == 0 }
        let stability = Portfolio.stability(totals.map { ($0.year, $0.money) })
        if totals.count >= 2, let variation = stability.coefficientOfVariation {
            k1.append(
                .investmentStability(
                    variation: variation, years: totals.count, largestCutYear: stability.largestCut?.year,
                    largestCut: stability.largestCut?.share, cutThenPaidMore: stability.cutThenPaidMore))
        }

        let focused = counted.filter { $0.focus != nil }
        if !focused.isEmpty {
            k2.append(.collectiveProgrammes(collective: focused.filter { $0.focus != .individual }.count, of: focused.count))
        }

        let balance = portfolio.balance
        let money = balance.moneyByFocus.values.reduce(0, +)
        if money > 0 { k3.append(.individualMoney(individual: balance.moneyByFocus[.individual] ?? 0, of: money)) }
        if balance.participantHours > 0 {
            k3.append(.coveringBurden(covering: balance.coveringHours, learning: balance.participantHours))
        }

        if !counted.isEmpty { k4.append(.ownWishes(count: counted.filter(\.basedOnOwnWishes).count, of: counted.count)) }

        if !running.isEmpty {
            let overdue = portfolio.overdue(on: today)
            k5.append(
                .overdueCycle(
                    reconstruction: overdue.reconstruction.count, redesign: overdue.redesign.count,
                    either: Set(overdue.reconstruction + overdue.redesign).count, of: running.count))
            k5.append(.unchangedProgrammes(count: portfolio.unchanged(on: today).count, of: running.count))
        }
    }
}
