import Foundation

extension Programme {
    /// All costs in euros: money, and hours at the hourly cost when one is set.
    public var costs: Double {
        investments.reduce(0) { total, year in
            total + year.money + (hourlyCost ?? 0) * (year.participantHours + year.coveringHours)
        }
    }

    /// The benefits attributed to the programme: benefits × the attributed share (1 if unset).
    public var attributedBenefits: Double? {
        benefits.map { $0 * (attributedShare ?? 1) }
    }

    /// Phillips' return on investment: (benefits − costs) / costs × 100. nil without costs or
    /// without known benefits.
    public var roiPercent: Double? {
        guard let benefits = attributedBenefits, costs > 0 else { return nil }
        return (benefits - costs) / costs * 100
    }

    /// Benefits per euro of cost. nil without costs or without known benefits.
    public var benefitCostRatio: Double? {
        guard let benefits = attributedBenefits, costs > 0 else { return nil }
        return benefits / costs
    }

    /// Designed this way beforehand: a destination, at least one design rule and at least one
    /// yield fixed before the start.
    public var isDesignedBeforehand: Bool {
        !destination.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && !designRules.isEmpty
            && yields.contains { !$0.addedAfterwards }
    }

    /// A reconstruction is due two years after the start or after the last reconstruction.
    public var reconstructionDue: CalendarDate? {
        (reconstructedOn ?? start).map { $0.adding(years: 2) }
    }

    /// A redesign is due five years after the last (re)design, or after the start.
    public var redesignDue: CalendarDate? {
        (designedOn ?? start).map { $0.adding(years: 5) }
    }

    /// Only programmes that are running have a cycle to keep up.
    public func isOverdue(_ due: CalendarDate?, on day: CalendarDate) -> Bool {
        guard status == .running, let due else { return false }
        return due < day
    }

    /// Running for at least `years` without a logged adjustment in that time.
    public func isUnchanged(forYears years: Int, on day: CalendarDate) -> Bool {
        guard status == .running, let start, start.adding(years: years) <= day else { return false }
        let since = CalendarDate(year: day.year - years, month: day.month, day: min(day.day, 28))!
        return !adjustments.contains { $0.date >= since }
    }
}
