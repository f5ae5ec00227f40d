import Foundation

/// The rules that turn one figure into a verdict. Each has two fixed limits; the page 'How we
/// read the figures' prints the same limits, so what it says is what the dashboard does.
public enum Rule: String, CaseIterable, Codable, Sendable {
    /// A scale's mean on the 1–5 agreement scale.
    case perception
    /// A scale's change against the wave before, by Welch's test at 5%.
    case trend
    /// How many DLO scales fell significantly since the wave before.
    case decliningScales
    /// Share of the organisation's units where the portfolio signals change fatigue.
    case changeFatigue
    /// Share of programmes designed beforehand.
    case designMaturity
    /// Realised yields among those evaluated, a partly realised one counting half.
    case realisedYields
    /// Coefficient of variation of the money invested per year over five years.
    case investmentStability
    /// Diversity of learning preferences, 0–100.
    case preferenceDiversity
    /// Share of programmes aimed at the organisation or a collective, not only at individuals.
    case collectiveProgrammes
    /// Share of the money that goes to programmes aimed at individuals only.
    case individualMoney
    /// Colleagues' covering hours per hour someone spends learning.
    case coveringBurden
    /// Share of programmes built on participants' own wishes.
    case ownWishes
    /// Share of running programmes whose reconstruction or redesign is overdue.
    case overdueCycle
    /// Share of running programmes unchanged for three years or more.
    case unchangedProgrammes

    /// Limits on a figure: at or beyond `strong` it is strong, beyond `concern` (the wrong
    /// side) a concern, in between worth attention.
    public struct Limits: Sendable, Equatable {
        public let strong: Double
        public let concern: Double
        public let higherIsBetter: Bool

        public func verdict(_ value: Double) -> Verdict {
            if higherIsBetter {
                return value >= strong ? .strong : value < concern ? .concern : .attention
            }
            return value <= strong ? .strong : value > concern ? .concern : .attention
        }
    }

    /// The limits of a rule that reads a number; `trend` reads a direction instead.
    public var limits: Limits? {
        switch self {
        case .perception: Limits(strong: 3.75, concern: 3.0, higherIsBetter: true)
        case .trend: nil
        case .decliningScales: Limits(strong: 0, concern: 1, higherIsBetter: false)
        case .changeFatigue: Limits(strong: 0, concern: 0.2, higherIsBetter: false)
        case .designMaturity: Limits(strong: 0.75, concern: 0.4, higherIsBetter: true)
        case .realisedYields: Limits(strong: 0.7, concern: 0.4, higherIsBetter: true)
        case .investmentStability: Limits(strong: 0.2, concern: 0.4, higherIsBetter: false)
        case .preferenceDiversity: Limits(strong: 70, concern: 50, higherIsBetter: true)
        case .collectiveProgrammes: Limits(strong: 0.5, concern: 0.25, higherIsBetter: true)
        case .individualMoney: Limits(strong: 0.5, concern: 0.75, higherIsBetter: false)
        case .coveringBurden: Limits(strong: 0.25, concern: 0.5, higherIsBetter: false)
        case .ownWishes: Limits(strong: 0.5, concern: 0.25, higherIsBetter: true)
        case .overdueCycle: Limits(strong: 0, concern: 0.34, higherIsBetter: false)
        case .unchangedProgrammes: Limits(strong: 0, concern: 0.34, higherIsBetter: false)
        }
    }

    /// How the figure reads best: as a percentage, a whole number, or with two decimals.
    public enum Format: Sendable { case percentage, whole, twoDecimals }

    public var format: Format {
        switch self {
        case .changeFatigue, .designMaturity, .realisedYields, .investmentStability, .collectiveProgrammes, .individualMoney,
            .ownWishes, .overdueCycle, .unchangedProgrammes:
            .percentage
        case .decliningScales, .preferenceDiversity: .whole
        case .perception, .trend, .coveringBurden: .twoDecimals
        }
    }

    /// Whether the figure comes from what people answered (a scan) or from the portfolio.
    public var isFromScan: Bool {
        switch self {
        case .perception, .trend, .decliningScales, .preferenceDiversity: true
        default: false
        }
    }

    /// A rise is strong; a significant fall is a concern; no clear change says nothing.
    public static func trend(_ direction: ChangeTest.Verdict) -> Verdict? {
        switch direction {
        case .up: .strong
        case .down: .concern
        case .noClearChange: nil
        }
    }

    /// One verdict from a question's signals: a concern when the scan's own score is one or
    /// at least two signals are; strong when nothing is a concern and at least half of the
    /// signals are strong; otherwise attention. Nil without signals.
    public static func combine(_ signals: [Signal]) -> Verdict? {
        guard !signals.isEmpty else { return nil }
        let concerns = signals.filter { $0.verdict == .concern }
        if concerns.contains(where: { $0.rule == .perception }) || concerns.count >= 2 { return .concern }
        let strong = signals.filter { $0.verdict == .strong }.count
        return concerns.isEmpty && strong * 2 >= signals.count ? .strong : .attention
    }
}
