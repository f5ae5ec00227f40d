import Foundation
import Testing

@testable import VeerkrachtCore

private func day(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

private func running(_ name: String, start: String = "2023-01-01", focus: Programme.Focus? = .organisation) -> Programme {
    var p = Programme(name: name)
    p.status = .running
    p.start = day(start)
    p.focus = focus
    return p
}

@Suite struct RuleLimitTests {
    @Test func aHigherIsBetterFigureIsStrongFromItsLimitAndAConcernJustBelowTheOther() {
        let limits = Rule.perception.limits!
        #expect(limits.verdict(3.75) == .strong)
        #expect(limits.verdict(3.7499) == .attention)
        #expect(limits.verdict(3.0) == .attention)
        #expect(limits.verdict(2.9999) == .concern)
    }

    @Test func aLowerIsBetterFigureIsStrongUpToItsLimitAndAConcernJustAboveTheOther() {
        let limits = Rule.coveringBurden.limits!
        #expect(limits.verdict(0.25) == .strong)
        #expect(limits.verdict(0.2501) == .attention)
        #expect(limits.verdict(0.5) == .attention)
        #expect(limits.verdict(0.5001) == .concern)
    }

    @Test func everyRuleGivesEachOfItsThreeVerdictsAtItsLimits() {
        for rule in Rule.allCases {
            guard let limits = rule.limits else { continue }
            // A step towards the unfavourable side.
            let worse = limits.higherIsBetter ? -0.001 : 0.001
            #expect(limits.verdict(limits.strong) == .strong, "\(rule)")
            #expect(limits.verdict(limits.strong + worse) == .attention, "\(rule)")
            #expect(limits.verdict(limits.concern) == .attention, "\(rule)")
            #expect(limits.verdict(limits.concern + worse) == .concern, "\(rule)")
        }
    }

    @Test func aClearRiseIsStrongAClearFallAConcernAndNoClearChangeCountsNot() {
        #expect(Rule.trend(.up) == .strong)
        #expect(Rule.trend(.down) == .concern)
        #expect(Rule.trend(.noClearChange) == nil)
        #expect(Signal(.trend(topic: .k2, before: 3.2, after: 3.25, direction: .noClearChange)) == nil)
    }

    @Test func aCutFollowedBySpendingMoreIsAConcernWhateverTheVariation() {
        let calm = Signal(.investmentStability(variation: 0.1, years: 5, largestCutYear: nil, largestCut: nil, cutThenPaidMore: false))
        let paidTwice = Signal(.investmentStability(variation: 0.1, years: 5, largestCutYear: 2023, largestCut: 0.3, cutThenPaidMore: true))
        #expect(calm?.verdict == .strong)
        #expect(paidTwice?.verdict == .concern)
    }

    @Test func aPartlyRealisedYieldCountsHalf() {
        let evidence = Evidence.realisedYields(realised: 1, partly: 2, notRealised: 1)
        #expect(evidence.value == 0.5)
        #expect(Signal(evidence)?.verdict == .attention)
    }
}

@Suite struct CombinationTests {
    private func signal(_ rule: Rule, _ verdict: Verdict) -> Signal {
        let evidence: Evidence =
            switch rule {
            case .perception:
                .perception(topic: .k1, mean: verdict == .strong ? 4 : verdict == .attention ? 3.5 : 2.5, n: 20, favourable: nil)
            default: .designMaturity(designed: verdict == .strong ? 4 : verdict == .attention ? 2 : 1, of: 4)
            }
        let made = Signal(evidence)!
        precondition(made.verdict == verdict)
        return made
    }

    @Test func theScansOwnConcernMakesTheQuestionAConcern() {
        #expect(
            Rule.combine([signal(.perception, .concern), signal(.designMaturity, .strong), signal(.designMaturity, .strong)]) == .concern)
    }

    @Test func oneFactualConcernAmongStrongSignalsIsAttentionAndTwoAreAConcern() {
        #expect(
            Rule.combine([signal(.perception, .strong), signal(.designMaturity, .concern), signal(.designMaturity, .strong)]) == .attention)
        #expect(
            Rule.combine([signal(.perception, .strong), signal(.designMaturity, .concern), signal(.designMaturity, .concern)]) == .concern)
    }

    @Test func halfTheSignalsStrongAndNoConcernIsStrongButLessIsAttention() {
        #expect(Rule.combine([signal(.perception, .strong), signal(.designMaturity, .attention)]) == .strong)
        #expect(
            Rule.combine([signal(.perception, .strong), signal(.designMaturity, .attention), signal(.designMaturity, .attention)])
                == .attention)
    }

    @Test func noSignalsGiveNoVerdict() {
        #expect(Rule.combine([]) == nil)
    }
}

@Suite struct DashboardAssessmentTests {
    @Test func anEmptyOrganisationHasNoVerdictsAndSaysSoThroughItsFlags() {
        let dashboard = Dashboard(DashboardInput(today: day("2026-11-23")))
        #expect(!dashboard.hasScan)
        #expect(!dashboard.hasPortfolio)
        #expect(dashboard.assessments.allSatisfy { $0.verdict == nil && $0.signals.isEmpty })
    }

    @Test func theBaseQuestionWeighsResilienceItsTrendTheFallingCoreQuestionsAndChangeFatigue() {
        var input = DashboardInput(today: day("2026-11-23"))
        input.scales[.base] = ScaleReading(mean: 3.9, n: 40, favourable: 0.7, before: 3.5, change: .up)
        input.scales[.k1] = ScaleReading(mean: 3.2, n: 40, favourable: 0.4, before: 3.6, change: .down)
        input.scales[.k2] = ScaleReading(mean: 3.2, n: 40, favourable: 0.4, before: 3.6, change: .down)
        input.programmes = [running("A"), running("B")]
        input.loads = [
            Portfolio.Load(concurrentProgrammes: 3, hoursPerPersonPerMonth: 1),
            Portfolio.Load(concurrentProgrammes: 1, hoursPerPersonPerMonth: 1)
        ]
        let base = Dashboard(input).assessment(.base)
        #expect(base.signals.map(\.rule) == [.perception, .trend, .decliningScales, .changeFatigue])
        #expect(base.signals.map(\.verdict) == [.strong, .strong, .concern, .concern])
        // Two concerns (two core questions fell; half the units tired) outweigh a strong score.
        #expect(base.verdict == .concern)
    }

    @Test func signalsAreListedStrengthsFirst() {
        var input = DashboardInput(today: day("2026-11-23"))
        input.scales[.k4] = ScaleReading(mean: 3.4, n: 30, favourable: 0.5)
        var own = running("Eigen regie")
        own.basedOnOwnWishes = true
        input.programmes = [own]
        let k4 = Dashboard(input).assessment(.k4)
        #expect(k4.signals.map(\.rule) == [.ownWishes, .perception])
        #expect(k4.verdict == .strong)
    }

    @Test func portfolioFiguresWithNothingToCountAreLeftOut() {
        var input = DashboardInput(today: day("2026-11-23"))
        var idea = Programme(name: "Idee")
        idea.status = .idea
        input.programmes = [idea]
        let dashboard = Dashboard(input)
        #expect(dashboard.hasPortfolio)
        #expect(Topic.coreQuestions.allSatisfy { dashboard.assessment($0).signals.isEmpty })
    }

    @Test func theFlexibilityQuestionCountsOverdueCyclesAndUnchangedProgrammesAmongRunningOnes() {
        var input = DashboardInput(today: day("2026-11-23"))
        var adjusted = running("Bijgestuurd", start: "2023-06-01")
        adjusted.adjustments = [Programme.Adjustment(date: day("2025-03-01"), reason: "Minder theorie")]
        adjusted.reconstructedOn = day("2025-06-01")
        input.programmes = [running("Oud", start: "2019-01-01"), adjusted]
        let k5 = Dashboard(input).assessment(.k5)
        #expect(k5.signals.contains { $0.evidence == .overdueCycle(reconstruction: 1, redesign: 1, either: 1, of: 2) })
        #expect(k5.signals.contains { $0.evidence == .unchangedProgrammes(count: 1, of: 2) })
        // Half of the running programmes behind on both counts: two concerns.
        #expect(k5.verdict == .concern)
    }

    @Test func investmentStabilityStartsAtTheFirstYearWithSpending() {
        var input = DashboardInput(today: day("2026-11-23"))
        var p = running("Academie")
        p.investments = [2025, 2026].map {
            Programme.Investment(year: $0, money: 10_000, participantHours: 0, coveringHours: 0, bearer: .organisation)
        }
        input.programmes = [p]
        let stability = Dashboard(input).assessment(.k1).signals.first { $0.rule == .investmentStability }
        #expect(
            stability?.evidence
                == .investmentStability(variation: 0, years: 2, largestCutYear: nil, largestCut: nil, cutThenPaidMore: false))
    }

    @Test func coreQuestionsComeStrongFirstThenAttentionThenConcernThenWithoutData() {
        var input = DashboardInput(today: day("2026-11-23"))
        input.scales[.k1] = ScaleReading(mean: 2.5, n: 30, favourable: nil)
        input.scales[.k2] = ScaleReading(mean: 3.4, n: 30, favourable: nil)
        input.scales[.k4] = ScaleReading(mean: 4.2, n: 30, favourable: nil)
        #expect(Dashboard(input).coreQuestionsStrengthsFirst.map(\.topic) == [.k4, .k2, .k1, .k3, .k5])
    }

    @Test func aDashboardSurvivesStorageAsJSON() throws {
        var input = DashboardInput(today: day("2026-11-23"))
        input.scales[.base] = ScaleReading(mean: 3.1, n: 12, favourable: 0.3, before: 3.6, change: .down)
        input.programmes = [running("A")]
        let dashboard = Dashboard(input)
        let decoded = try JSONDecoder().decode(Dashboard.self, from: JSONEncoder().encode(dashboard))
        #expect(decoded == dashboard)
    }
}

@Suite struct DashboardTextTests {
    @Test func aScaleReadsAloudWithTheLanguagesOwnDecimalsInBothLanguages() {
        let evidence = Evidence.perception(topic: .k2, mean: 3.456, n: 120, favourable: 0.58)
        #expect(
            DashboardText(.nl).sentence(evidence)
                == "Medewerkers geven K2 Samen leren gemiddeld 3,46 op een schaal van 1 tot 5 (n = 120). 58% is het er (helemaal) mee eens."
        )
        #expect(
            DashboardText(.en).sentence(evidence)
                == "People give K2 Learning together 3.46 on average on a scale of 1 to 5 (n = 120). 58% agree or strongly agree.")
    }

    @Test func aFallingTrendSaysFromWhatToWhat() {
        let evidence = Evidence.trend(topic: .base, before: 3.8, after: 3.4, direction: .down)
        #expect(DashboardText(.nl).sentence(evidence) == "Veerkracht daalde duidelijk sinds de vorige meting, van 3,80 naar 3,40.")
        #expect(DashboardText(.en).sentence(evidence) == "Resilience fell clearly since the previous wave, from 3.80 to 3.40.")
    }

    @Test func fallingCoreQuestionsAreNamedAsAList() {
        let evidence = Evidence.decliningScales(falling: [.k1, .k3, .k5], rising: [])
        #expect(
            DashboardText(.nl).sentence(evidence)
                == "Sinds de vorige meting daalde de beleving duidelijk bij K1 Rendement van de investering, K3 Geven en nemen en K5 Flexibiliteit."
        )
        #expect(DashboardText(.en).sentence(evidence).hasSuffix("K1 Yield of the investment, K3 Giving and taking and K5 Flexibility."))
    }

    @Test func theStoryOpensWithTheVerdictAndFollowsTheSignalsInOrder() {
        var input = DashboardInput(today: day("2026-11-23"))
        input.scales[.k3] = ScaleReading(mean: 2.8, n: 30, favourable: 0.2)
        var p = running("Talent", focus: .individual)
        p.investments = [Programme.Investment(year: 2026, money: 1000, participantHours: 10, coveringHours: 1, bearer: .organisation)]
        input.programmes = [p]
        let story = DashboardText(.en).story(Dashboard(input).assessment(.k3))
        #expect(
            story == [
                "K3 Giving and taking is a concern.",
                "For every hour someone spends learning, colleagues cover 0.1 hours of work.",
                "People give K3 Giving and taking 2.80 on average on a scale of 1 to 5 (n = 30). 20% agree or strongly agree.",
                "100% of the money goes to programmes aimed at individuals only."
            ])
    }

    @Test func everyEvidenceAndRuleHasTextInBothLanguagesThatDiffer() {
        let samples: [Evidence] = [
            .perception(topic: .p3, mean: 3, n: 5, favourable: nil), .trend(topic: .k1, before: 3, after: 3.5, direction: .up),
            .decliningScales(falling: [], rising: [.k2]), .decliningScales(falling: [], rising: []), .changeFatigue(units: 0, of: 4),
            .changeFatigue(units: 2, of: 4), .designMaturity(designed: 1, of: 2), .realisedYields(realised: 1, partly: 0, notRealised: 0),
            .investmentStability(variation: 0.5, years: 5, largestCutYear: 2024, largestCut: 0.4, cutThenPaidMore: true),
            .preferenceDiversity(index: 61, people: 80), .collectiveProgrammes(collective: 1, of: 3),
            .individualMoney(individual: 1, of: 4),
            .coveringBurden(covering: 1, learning: 4), .ownWishes(count: 0, of: 2),
            .overdueCycle(reconstruction: 0, redesign: 0, either: 0, of: 1),
            .overdueCycle(reconstruction: 1, redesign: 0, either: 1, of: 1), .unchangedProgrammes(count: 0, of: 1),
            .unchangedProgrammes(count: 1, of: 2)
        ]
        for evidence in samples {
            let nl = DashboardText(.nl).sentence(evidence)
            let en = DashboardText(.en).sentence(evidence)
            #expect(!nl.isEmpty && !en.isEmpty && nl != en, "\(evidence)")
        }
        for rule in Rule.allCases {
            #expect(DashboardText(.nl).explanation(rule) != DashboardText(.en).explanation(rule))
            #expect(DashboardText(.nl).limits(rule) != DashboardText(.en).limits(rule))
        }
    }

    @Test func theLimitsInWordsComeFromTheRulesOwnNumbers() {
        #expect(DashboardText(.nl).limits(.perception) == "Sterk vanaf 3,75, zorg onder 3,00, daartussen aandacht.")
        #expect(DashboardText(.en).limits(.coveringBurden) == "Strong up to 0.25, concern above 0.50, attention in between.")
        #expect(DashboardText(.en).limits(.designMaturity) == "Strong from 75%, concern below 40%, attention in between.")
    }

    @Test func aTopicWithoutFiguresSaysSo() {
        #expect(
            DashboardText(.nl).opening(Assessment(topic: .k4, signals: [])) == "Over K4 Kwaliteiten als vertrekpunt zijn nog geen cijfers.")
    }
}
