import Foundation
import Plot
import VeerkrachtCore

/// 'How we read the figures': every rule in plain words, with the limits the dashboard uses.
struct ReadingGuidePage: PageInOrganisation {
    let organisationID: UUID

    func title(_ strings: any Strings) -> String { strings.readingGuideTitle }

    /// Which questions a rule speaks to, in the order of the dashboard.
    static func topics(of rule: Rule) -> [Topic] {
        switch rule {
        case .perception, .trend: Topic.allCases
        case .decliningScales, .changeFatigue: [.base]
        case .designMaturity, .realisedYields, .investmentStability: [.k1]
        case .preferenceDiversity, .collectiveProgrammes: [.k2]
        case .individualMoney, .coveringBurden: [.k3]
        case .ownWishes: [.k4]
        case .overdueCycle, .unchangedProgrammes: [.k5]
        }
    }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let text = DashboardText(context.language)
        return .group(
            .p(.a(.href(Route.dashboard(organisationID).path), .text(s.dashboardTitle))),
            .p(.text(s.readingGuideIntro)),
            .p(.text(s.verdictsExplained)),
            .p(.text(text.combination)),
            .forEach(Rule.allCases) { rule in
                let topics = Self.topics(of: rule)
                return .section(
                    .id("rule-\(rule.rawValue)"),
                    .h2(.text(text.name(rule))),
                    .p(.text(text.explanation(rule))),
                    .p(.strong(.text("\(s.ruleLabel): ")), .text(text.limits(rule))),
                    .p(
                        .class("hint"),
                        .text(
                            topics.count == Topic.allCases.count
                                ? s.everyQuestion
                                : topics.map(text.shortName).joined(separator: ", "))))
            }
        )
    }
}
