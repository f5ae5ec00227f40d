import Foundation

/// A plausible five-year portfolio for the demo organisation: programmes of every OD process
/// and status, some designed beforehand and some not, a cut in a bad year followed by more
/// spending later, yields added afterwards, overdue reconstructions and a few adjustments.
public enum DemoPortfolio {
    private struct Plan {
        let name: String, process: ODProcess, focus: Programme.Focus, status: Programme.Status
        let startYearsAgo: Int, yearly: Double, designed: Bool
        let destination: String
    }

    private static let plans: [Plan] = [
        Plan(
            name: "Samen roosteren", process: .samenwerking, focus: .organisation, status: .running, startYearsAgo: 3, yearly: 42_000,
            designed: true,
            destination: "Teams maken hun roosters zelf, zodat minder diensten onbezet blijven."),
        // Called organisation development, but in fact individual development: the text's example.
        Plan(
            name: "Talentprogramma", process: .persoonlijkeOntwikkeling, focus: .individual, status: .running, startYearsAgo: 6,
            yearly: 95_000, designed: false,
            destination: "Talent behouden."),
        Plan(
            name: "Leren van incidenten", process: .professionalisering, focus: .both, status: .running, startYearsAgo: 2, yearly: 28_000,
            designed: true,
            destination: "Na elk incident leert het team binnen een week wat anders moet."),
        Plan(
            name: "Besluiten in het team", process: .besluitvorming, focus: .organisation, status: .completed, startYearsAgo: 4,
            yearly: 18_000, designed: true,
            destination: "Teams nemen besluiten over hun eigen werkverdeling zonder tussenkomst."),
        Plan(
            name: "Innovatiewerkplaats", process: .creatie, focus: .organisation, status: .running, startYearsAgo: 1, yearly: 36_000,
            designed: true,
            destination: "Elk kwartaal een geteste verbetering in de zorg aan huis."),
        Plan(
            name: "Nieuwe collega's", process: .cohesie, focus: .both, status: .running, startYearsAgo: 5, yearly: 22_000, designed: false,
            destination: "Nieuwe collega's voelen zich binnen drie maanden thuis en blijven."),
        Plan(
            name: "Koers 2030", process: .navigeren, focus: .organisation, status: .design, startYearsAgo: 0, yearly: 0, designed: true,
            destination: "Iedereen kan uitleggen waar de organisatie in 2030 wil staan en wat dat voor het eigen werk betekent."),
        Plan(
            name: "Leiderschap", process: .persoonlijkeOntwikkeling, focus: .individual, status: .stopped, startYearsAgo: 5, yearly: 60_000,
            designed: false,
            destination: ""),
        Plan(
            name: "Digitale vaardigheden", process: .professionalisering, focus: .individual, status: .running, startYearsAgo: 3,
            yearly: 31_000, designed: false,
            destination: "Iedereen werkt zelfstandig met het nieuwe cliëntdossier."),
        Plan(
            name: "Coachend leidinggeven", process: .samenwerking, focus: .both, status: .idea, startYearsAgo: 0, yearly: 0,
            designed: false,
            destination: "")
    ]

    /// The programmes, with `targets` spread over the given units (usually divisions).
    public static func programmes(targets: [UUID], year: Int, seed: UInt64) -> [Programme] {
        var random = DemoRandom(seed: seed &+ 31)
        return plans.enumerated().map { index, plan in
            var p = Programme(name: plan.name)
            p.owner = ["HR", "Opleidingen", "Directie", "Zorg", "Kwaliteit"][index % 5]
            p.process = plan.process
            p.focus = plan.focus
            p.destination = plan.destination
            p.targetUnits = targets.isEmpty ? [] : [targets[index % targets.count]]
            p.targetLevels = ["medewerkers", "teamleiders", "iedereen"][index % 3]
            p.participants = Int.random(in: 12...120, using: &random)
            p.basedOnOwnWishes = index % 3 == 0
            let startYear = year - plan.startYearsAgo
            p.start = CalendarDate(year: startYear, month: 1 + index % 9, day: 1)
            p.designedOn = p.start
            if plan.status == .completed || plan.status == .stopped { p.end = CalendarDate(year: year - 1, month: 12, day: 1) }
            if plan.designed {
                p.designRules = [
                    .init(
                        assumption:
                            "We verwachten dat het team sneller zelf oplossingen vindt, omdat de deelnemers samen uit één team komen."),
                    .init(assumption: "We verwachten dat leidinggevenden het gesprek voeren, omdat het leren in het werk moet landen.")
                ]
                p.designRules[0].verdict = plan.startYearsAgo >= 2 ? .held : .open
                p.yields = [
                    .init(
                        level: .collective, kind: .productDelivered, indicator: "Gerealiseerd product", target: "opgeleverd",
                        measuredOn: CalendarDate(year: startYear + 1, month: 6, day: 1), addedAfterwards: false),
                    .init(
                        level: .organisation, kind: .measurableResult, indicator: "Verzuim", target: "−0,5 procentpunt",
                        measuredOn: CalendarDate(year: startYear + 2, month: 1, day: 1), addedAfterwards: false)
                ]
                if plan.startYearsAgo >= 2 {
                    p.yields[0].realisation = .realised
                    p.yields[1].realisation = index % 2 == 0 ? .partly : .realised
                }
            } else if plan.status != .idea {
                var late = Programme.ExpectedYield(
                    level: .individual, kind: .noticeableChange, indicator: "Tevredenheid deelnemers",
                    target: "7,5", measuredOn: nil, addedAfterwards: true)
                late.realisation = .realised
                p.yields = [late]
            }
            // Five years of spending; the organisation cut hard two years ago and paid more after.
            if plan.yearly > 0 {
                for y in max(startYear, year - 4)...year where plan.status == .running || y < year {
                    let cut = y == year - 2 ? 0.45 : y == year - 1 ? 1.25 : 1.0
                    let money = (plan.yearly * cut * Double.random(in: 0.9...1.1, using: &random)).rounded()
                    p.investments.append(
                        .init(
                            year: y, money: money, participantHours: (money / 40).rounded(),
                            coveringHours: (money / 110).rounded(), bearer: index == 7 && y == year - 1 ? .individual : .organisation))
                }
            }
            if plan.designed, plan.status == .running, plan.startYearsAgo >= 2 {
                p.benefits = plan.yearly * Double(plan.startYearsAgo) * 2.4
                p.attributedShare = 0.6
                p.adjustments = [
                    .init(date: CalendarDate(year: year - 1, month: 3, day: 15)!, reason: "Bijeenkomsten korter en dichter bij het werk.")
                ]
                p.reconstructedOn = CalendarDate(year: year - 1, month: 9, day: 1)
            }
            p.status = plan.status
            return p
        }
    }
}
