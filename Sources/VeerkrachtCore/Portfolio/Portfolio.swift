import Foundation

/// The views of the first text's core questions K1, K3 and K5 on a portfolio of programmes.
public struct Portfolio: Sendable {
    public let programmes: [Programme]

    public init(_ programmes: [Programme]) { self.programmes = programmes }

    // MARK: K1 — yield of the investment

    public struct YearTotal: Sendable, Equatable {
        public let year: Int
        public var money: Double = 0
        public var participantHours: Double = 0
        public var coveringHours: Double = 0
    }

    /// Money and hours per year for the `years` years up to `lastYear`, zero where nothing was spent.
    public func investmentByYear(lastYear: Int, years: Int = 5) -> [YearTotal] {
        (lastYear - years + 1...lastYear).map { year in
            var total = YearTotal(year: year)
            for investment in programmes.flatMap(\.investments) where investment.year == year {
                total.money += investment.money
                total.participantHours += investment.participantHours
                total.coveringHours += investment.coveringHours
            }
            return total
        }
    }

    public struct Stability: Sendable, Equatable {
        /// Sample standard deviation over the mean; nil with fewer than two years or no spending.
        public let coefficientOfVariation: Double?
        /// The deepest cut from one year to the next, as a share of the year before.
        public let largestCut: (year: Int, share: Double)?
        /// A cut of at least `Stability.cut` followed later by more than before the cut: the
        /// text's warning of saving in a bad year and paying twice later.
        public let cutThenPaidMore: Bool

        public static let cut = 0.25

        public static func == (a: Stability, b: Stability) -> Bool {
            a.coefficientOfVariation == b.coefficientOfVariation && a.largestCut?.year == b.largestCut?.year
                && a.largestCut?.share == b.largestCut?.share && a.cutThenPaidMore == b.cutThenPaidMore
        }
    }

    /// Stability of amounts per consecutive year.
    public static func stability(_ totals: [(year: Int, amount: Double)]) -> Stability {
        let amounts = totals.map(\.amount)
        var cv: Double?
        if amounts.count > 1 {
            let mean = amounts.reduce(0, +) / Double(amounts.count)
            if mean > 0 {
                let variance = amounts.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(amounts.count - 1)
                cv = variance.squareRoot() / mean
            }
        }
        var largest: (year: Int, share: Double)?
        var paidMore = false
        for index in amounts.indices.dropFirst() where amounts[index - 1] > 0 && amounts[index] < amounts[index - 1] {
            let share = (amounts[index - 1] - amounts[index]) / amounts[index - 1]
            if share > (largest?.share ?? 0) { largest = (totals[index].year, share) }
            if share >= Stability.cut, amounts[(index + 1)...].contains(where: { $0 > amounts[index - 1] }) { paidMore = true }
        }
        return Stability(coefficientOfVariation: cv, largestCut: largest, cutThenPaidMore: paidMore)
    }

    public struct Maturity: Sendable, Equatable {
        /// Shares 0–1; nil when there are no programmes or no money.
        public let ofProgrammes: Double?
        public let ofMoney: Double?
    }

    /// The share of programmes, and of money, designed beforehand (destination, design rules
    /// and yields fixed before the start). Ideas are not counted: they are not designed yet.
    public var maturity: Maturity {
        let counted = programmes.filter { $0.status != .idea }
        let designed = counted.filter(\.isDesignedBeforehand)
        let money = counted.reduce(0) { $0 + $1.investments.reduce(0) { $0 + $1.money } }
        let designedMoney = designed.reduce(0) { $0 + $1.investments.reduce(0) { $0 + $1.money } }
        return Maturity(
            ofProgrammes: counted.isEmpty ? nil : Double(designed.count) / Double(counted.count),
            ofMoney: money > 0 ? designedMoney / money : nil)
    }

    public struct YieldCounts: Sendable, Equatable {
        public var realised = 0, partly = 0, notRealised = 0, open = 0
        public init(realised: Int = 0, partly: Int = 0, notRealised: Int = 0, open: Int = 0) {
            self.realised = realised
            self.partly = partly
            self.notRealised = notRealised
            self.open = open
        }
    }

    /// Evaluated yields per level; yields added afterwards are counted apart (`afterwards: true`).
    public func yields(afterwards: Bool) -> [Programme.Level: YieldCounts] {
        var counts: [Programme.Level: YieldCounts] = [:]
        for yield in programmes.flatMap(\.yields) where yield.addedAfterwards == afterwards {
            switch yield.realisation {
            case .realised: counts[yield.level, default: .init()].realised += 1
            case .partly: counts[yield.level, default: .init()].partly += 1
            case .notRealised: counts[yield.level, default: .init()].notRealised += 1
            case nil: counts[yield.level, default: .init()].open += 1
            }
        }
        return counts
    }

    // MARK: K3 — giving and taking

    public struct Balance: Sendable, Equatable {
        public var programmesByFocus: [Programme.Focus: Int] = [:]
        public var moneyByFocus: [Programme.Focus: Double] = [:]
        public var moneyByBearer: [Programme.Bearer: Double] = [:]
        public var hoursByBearer: [Programme.Bearer: Double] = [:]
        public var participantHours: Double = 0
        public var coveringHours: Double = 0
        /// Colleagues' covering hours per participant hour; nil without participant hours.
        public var coveringPerParticipantHour: Double? { participantHours > 0 ? coveringHours / participantHours : nil }
    }

    public var balance: Balance {
        var balance = Balance()
        for programme in programmes {
            let money = programme.investments.reduce(0) { $0 + $1.money }
            if let focus = programme.focus {
                balance.programmesByFocus[focus, default: 0] += 1
                balance.moneyByFocus[focus, default: 0] += money
            }
            for investment in programme.investments {
                balance.moneyByBearer[investment.bearer, default: 0] += investment.money
                balance.hoursByBearer[investment.bearer, default: 0] += investment.participantHours
                balance.participantHours += investment.participantHours
                balance.coveringHours += investment.coveringHours
            }
        }
        return balance
    }

    public struct Load: Sendable, Equatable {
        public let concurrentProgrammes: Int
        public let hoursPerPersonPerMonth: Double
        /// The change-fatigue signal: too many programmes at once, or too many hours.
        public var changeFatigue: Bool {
            concurrentProgrammes >= Self.manyProgrammes || hoursPerPersonPerMonth >= Self.manyHours
        }
        public static let manyProgrammes = 3
        public static let manyHours = 8.0
    }

    /// Per unit: the programmes running on `day` that target it or a unit above it, and their
    /// participant hours of that year spread over everyone targeted, per person per month.
    /// `ancestors` maps a unit to itself and the units above it; `headcount` counts the people
    /// of a unit with its sub-units.
    public func load(on day: CalendarDate, units: [UUID], ancestors: [UUID: [UUID]], headcount: [UUID: Int]) -> [UUID: Load] {
        let running = programmes.filter {
            $0.status == .running && ($0.start.map { $0 <= day } ?? true) && ($0.end.map { $0 >= day } ?? true)
        }
        var result: [UUID: Load] = [:]
        for unit in units {
            let chain = Set(ancestors[unit] ?? [unit])
            let touching = running.filter { !Set($0.targetUnits).isDisjoint(with: chain) }
            let hours = touching.reduce(0.0) { total, programme in
                let people = programme.targetUnits.reduce(0) { $0 + (headcount[$1] ?? 0) }
                let yearHours = programme.investments.filter { $0.year == day.year }.reduce(0) { $0 + $1.participantHours }
                return people > 0 ? total + yearHours / Double(people) / 12 : total
            }
            result[unit] = Load(concurrentProgrammes: touching.count, hoursPerPersonPerMonth: hours)
        }
        return result
    }

    // MARK: K5 — flexibility

    public var processSpread: [ODProcess: Int] {
        var spread: [ODProcess: Int] = [:]
        for programme in programmes { if let process = programme.process { spread[process, default: 0] += 1 } }
        return spread
    }

    /// Indices of running programmes whose reconstruction or redesign is overdue on `day`.
    public func overdue(on day: CalendarDate) -> (reconstruction: [Int], redesign: [Int]) {
        (
            programmes.indices.filter { programmes[$0].isOverdue(programmes[$0].reconstructionDue, on: day) },
            programmes.indices.filter { programmes[$0].isOverdue(programmes[$0].redesignDue, on: day) }
        )
    }

    /// Indices of programmes that have run for `years` or more without a logged adjustment.
    public func unchanged(on day: CalendarDate, years: Int = 3) -> [Int] {
        programmes.indices.filter { programmes[$0].isUnchanged(forYears: years, on: day) }
    }
}
