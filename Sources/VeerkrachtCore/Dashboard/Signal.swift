import Foundation

/// What a figure is, with the numbers a sentence about it needs.
public enum Evidence: Codable, Sendable, Equatable {
    case perception(topic: Topic, mean: Double, n: Int, favourable: Double?)
    case trend(topic: Topic, before: Double, after: Double, direction: ChangeTest.Verdict)
    case decliningScales(falling: [Topic], rising: [Topic])
    case changeFatigue(units: Int, of: Int)
    case designMaturity(designed: Int, of: Int)
    case realisedYields(realised: Int, partly: Int, notRealised: Int)
    case investmentStability(variation: Double, years: Int, largestCutYear: Int?, largestCut: Double?, cutThenPaidMore: Bool)
    case preferenceDiversity(index: Double, people: Int)
    case collectiveProgrammes(collective: Int, of: Int)
    case individualMoney(individual: Double, of: Double)
    case coveringBurden(covering: Double, learning: Double)
    case ownWishes(count: Int, of: Int)
    case overdueCycle(reconstruction: Int, redesign: Int, either: Int, of: Int)
    case unchangedProgrammes(count: Int, of: Int)

    public var rule: Rule {
        switch self {
        case .perception: .perception
        case .trend: .trend
        case .decliningScales: .decliningScales
        case .changeFatigue: .changeFatigue
        case .designMaturity: .designMaturity
        case .realisedYields: .realisedYields
        case .investmentStability: .investmentStability
        case .preferenceDiversity: .preferenceDiversity
        case .collectiveProgrammes: .collectiveProgrammes
        case .individualMoney: .individualMoney
        case .coveringBurden: .coveringBurden
        case .ownWishes: .ownWishes
        case .overdueCycle: .overdueCycle
        case .unchangedProgrammes: .unchangedProgrammes
        }
    }

    /// The number the rule's limits read.
    public var value: Double {
        func share(_ part: Int, _ whole: Int) -> Double { Double(part) / Double(whole) }
        switch self {
        case .perception(_, let mean, _, _): return mean
        case .trend(_, let before, let after, _): return after - before
        case .decliningScales(let falling, _): return Double(falling.count)
        case .changeFatigue(let units, let of): return share(units, of)
        case .designMaturity(let designed, let of): return share(designed, of)
        case .realisedYields(let realised, let partly, let notRealised):
            return (Double(realised) + Double(partly) / 2) / Double(realised + partly + notRealised)
        case .investmentStability(let variation, _, _, _, _): return variation
        case .preferenceDiversity(let index, _): return index
        case .collectiveProgrammes(let collective, let of): return share(collective, of)
        case .individualMoney(let individual, let of): return individual / of
        case .coveringBurden(let covering, let learning): return covering / learning
        case .ownWishes(let count, let of): return share(count, of)
        case .overdueCycle(_, _, let either, let of): return share(either, of)
        case .unchangedProgrammes(let count, let of): return share(count, of)
        }
    }
}

/// One figure with the verdict its rule gives.
public struct Signal: Codable, Sendable, Equatable {
    public let evidence: Evidence
    public let verdict: Verdict

    public var rule: Rule { evidence.rule }

    /// The verdict by the rule's limits; nil for a trend without a clear change, which says
    /// nothing either way. Saving hard and then paying more later is a concern whatever the
    /// variation: the text's warning against cutting in a bad year.
    public init?(_ evidence: Evidence) {
        self.evidence = evidence
        switch evidence {
        case .trend(_, _, _, let direction):
            guard let verdict = Rule.trend(direction) else { return nil }
            self.verdict = verdict
        case .investmentStability(_, _, _, _, let cutThenPaidMore) where cutThenPaidMore:
            verdict = .concern
        default:
            verdict = evidence.rule.limits!.verdict(evidence.value)
        }
    }
}
