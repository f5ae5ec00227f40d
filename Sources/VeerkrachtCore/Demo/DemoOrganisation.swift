import Foundation

/// A made-up organisation for demonstrations and benchmarks: divisions, departments and a few
/// hundred teams of very different sizes (some too small to show), people with plausible
/// bands, and answers drawn from a model with effects per unit and per wave, so that a heatmap
/// and a trend have structure to show.
public struct DemoOrganisation: Sendable {
    public struct UnitSpec: Sendable {
        public let parent: Int?
        public let name: String
    }

    public struct PersonSpec: Sendable {
        public let unit: Int
        public let birthYear: Int
        public let gender: Gender?
        public let startDate: CalendarDate
    }

    public let units: [UnitSpec]
    public let people: [PersonSpec]
    private let seed: UInt64
    /// Per unit and scale code: how much better or worse than average it scores.
    private let unitEffects: [[String: Double]]

    static let divisions = ["Zorg", "Onderwijs", "Techniek", "Financiën", "Service", "Staf"]
    static let departments = ["Noord", "Zuid", "Oost", "West", "Centrum", "Kust"]
    static let teams = [
        "Team A", "Team B", "Team C", "Team D", "Team E", "Team F", "Team G", "Team H", "Team I", "Team J",
        "Team K", "Team L"
    ]
    /// Every scale code of the built-in instruments, for unit effects.
    static let scaleCodes = InstrumentCatalog.all.flatMap { $0.scales.map(\.code) }

    public init(people count: Int, seed: UInt64, year: Int) {
        self.seed = seed
        var random = DemoRandom(seed: seed)
        var units: [UnitSpec] = []
        var teamWeights: [(unit: Int, weight: Double)] = []
        var departmentsIndex: [Int] = []
        for division in Self.divisions {
            let d = units.count
            units.append(UnitSpec(parent: nil, name: division))
            for department in Self.departments.prefix(Int.random(in: 4...6, using: &random)) {
                let p = units.count
                departmentsIndex.append(p)
                units.append(UnitSpec(parent: d, name: "\(division) \(department)"))
                for team in Self.teams.prefix(Int.random(in: 6...12, using: &random)) {
                    // Sizes spread widely: most teams are ordinary, a few tiny, a few large.
                    teamWeights.append((units.count, exp(random.normal(deviation: 0.9))))
                    units.append(UnitSpec(parent: p, name: team))
                }
            }
        }
        self.units = units
        var effects = [[String: Double]](repeating: [:], count: units.count)
        for (index, unit) in units.enumerated() {
            let inherited = unit.parent.map { effects[$0] } ?? [:]
            effects[index] = Dictionary(
                uniqueKeysWithValues: Self.scaleCodes.map { code in
                    (code, (inherited[code] ?? 0) + random.normal(deviation: unit.parent == nil ? 0.25 : 0.15))
                })
        }
        unitEffects = effects

        // A manager or two in every department itself; everyone else in a team.
        let total = teamWeights.reduce(0) { $0 + $1.weight }
        var cumulative: [Double] = []
        var sum = 0.0
        for team in teamWeights {
            sum += team.weight / total
            cumulative.append(sum)
        }
        var people: [PersonSpec] = []
        people.reserveCapacity(count)
        for index in 0..<count {
            let unit: Int
            if index < departmentsIndex.count * 2 {
                unit = departmentsIndex[index % departmentsIndex.count]
            } else {
                let draw = Double.random(in: 0..<1, using: &random)
                var low = 0
                var high = cumulative.count - 1
                while low < high {
                    let mid = (low + high) / 2
                    if cumulative[mid] < draw { low = mid + 1 } else { high = mid }
                }
                unit = teamWeights[low].unit
            }
            let age = min(66, max(18, Int(random.normal(mean: 42, deviation: 11))))
            let genderDraw = Double.random(in: 0..<1, using: &random)
            let gender: Gender? = genderDraw < 0.52 ? .female : genderDraw < 0.97 ? .male : genderDraw < 0.99 ? .other : nil
            let tenure = min(age - 18, Int(-log(Double.random(in: Double.ulpOfOne..<1, using: &random)) * 7))
            let start = CalendarDate(
                year: year - tenure, month: Int.random(in: 1...12, using: &random), day: Int.random(in: 1...28, using: &random))!
            people.append(PersonSpec(unit: unit, birthYear: year - age, gender: gender, startDate: start))
        }
        self.people = people
    }

    /// The 0–5 answers of one person in one wave (0 for the rare item left open), by column.
    /// Later waves shift a few scales, so that a trend shows change.
    public func answers(person: Int, wave: Int, columns: [Item], scales: [ResultScale]) -> [UInt8] {
        var random = DemoRandom(seed: seed &+ UInt64(person) &* 1_000_003 &+ UInt64(wave) &* 7_919)
        let general = random.normal(deviation: 0.45)
        var values = [UInt8](repeating: 0, count: columns.count)
        let effects = unitEffects[people[person].unit]
        for scale in scales {
            let code = scale.scale.code
            let waveShift = Double(wave) * (code == "K2" ? 0.25 : code == "V" ? -0.15 : code == "K4" ? 0.1 : 0)
            let latent = 3.4 + general + (effects[code] ?? 0) + waveShift + random.normal(deviation: 0.35)
            for (position, column) in scale.columns.enumerated() {
                guard Double.random(in: 0..<1, using: &random) > 0.01 else { continue }
                let answer = Int((latent + random.normal(deviation: 0.6)).rounded()).clamped(to: 1...5)
                values[column] = UInt8(scale.reversed[position] ? 6 - answer : answer)
            }
        }
        return values
    }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}

extension DemoOrganisation {
    /// Open answers the demo hands out at random: written for the demo, in Dutch.
    public static let openAnswers = [
        "We leren het meest als we na een lastige dienst samen terugkijken.",
        "De trainingen zijn goed, maar daarna is er geen tijd om het toe te passen.",
        "Ik zou graag vaker meelopen met een collega van een ander team.",
        "Er komen veel veranderingen tegelijk; ik heb behoefte aan rust.",
        "Onze teamleider vraagt wat wij willen leren, dat werkt.",
        "Wat ik leer blijft vaak bij mij; we delen het niet in het team.",
        "Ik krijg energie van nieuwe dingen uitproberen.",
        "Het is onduidelijk wat de organisatie van een opleiding verwacht.",
        "Collega's moeten mijn werk overnemen als ik op cursus ga, dat voelt scheef.",
        "Ik leer veel van het oefenen met echte casussen."
    ]
}
