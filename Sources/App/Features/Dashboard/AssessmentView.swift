import Foundation
import Plot
import VeerkrachtCore

/// How one assessed question looks wherever it appears: the dashboard, the report and the
/// conversation guide. The verdict is always printed as a word, never only as a colour.
enum AssessmentView {
    /// Builds a link to a scale's trend for a topic, when its wave is known.
    typealias TrendPath = @Sendable (Topic) -> String?

    static func badge(_ verdict: Verdict?, _ text: DashboardText, _ s: any Strings) -> Node<HTML.BodyContext> {
        .span(
            .class("badge verdict-\(verdict?.rawValue ?? "none")"),
            .text("\(s.verdictLabel): \(verdict.map(text.verdictName) ?? s.noVerdict)"))
    }

    /// The question, its verdict, its sentences and its signals with their rules.
    static func card(_ assessment: Assessment, _ text: DashboardText, _ s: any Strings, trend: TrendPath? = nil) -> Node<HTML.BodyContext> {
        .section(
            .class("question verdict-\(assessment.verdict?.rawValue ?? "none")"), .id("topic-\(assessment.topic.rawValue)"),
            .h2(.text(text.question(assessment.topic))),
            .p(badge(assessment.verdict, text, s)),
            .div(.class("story"), .forEach(text.story(assessment)) { .p(.text($0)) }),
            .if(!assessment.signals.isEmpty, signals(assessment, text, s, trend: trend))
        )
    }

    static func signals(_ assessment: Assessment, _ text: DashboardText, _ s: any Strings, trend: TrendPath? = nil) -> Node<
        HTML.BodyContext
    > {
        .div(
            .class("scroll"),
            .table(
                .class("signals"),
                .thead(
                    .tr(
                        .th(.text(s.signalLabel)), .th(.text(s.sourceLabel)), .th(.class("number"), .text(s.figureLabel)),
                        .th(.text(s.verdictLabel)), .th(.text(s.ruleLabel)))),
                .tbody(
                    .forEach(assessment.signals) { signal in
                        let link = signal.rule == .perception || signal.rule == .trend ? trend?(assessment.topic) : nil
                        return .tr(
                            .th(
                                .attribute(named: "scope", value: "row"), .text(text.name(signal.rule)),
                                .unwrap(link) { .group(.text(" "), .a(.class("hint"), .href($0), .text("(\(s.trendLink))"))) }),
                            .td(.text(signal.rule.isFromScan ? s.sourceScan : s.sourcePortfolio)),
                            .td(.class("number"), .text(figure(signal, text))),
                            .td(.span(.class("badge verdict-\(signal.verdict.rawValue)"), .text(text.verdictName(signal.verdict)))),
                            .td(.class("hint"), .text(text.limits(signal.rule)))
                        )
                    })
            ))
    }

    /// The figure the rule read; a change carries its sign.
    static func figure(_ signal: Signal, _ text: DashboardText) -> String {
        let value = signal.evidence.value
        guard signal.rule == .trend else { return text.figure(value, signal.rule) }
        return (value < 0 ? "−" : "+") + text.figure(abs(value), signal.rule)
    }

    /// Strong, attention and concern with the questions that have each, strengths first.
    static func summary(_ dashboard: Dashboard, _ text: DashboardText, _ s: any Strings) -> Node<HTML.BodyContext> {
        let topics = [dashboard.assessment(.base)] + dashboard.coreQuestionsStrengthsFirst
        return .ul(
            .class("summary"),
            .forEach([Verdict.strong, .attention, .concern]) { verdict in
                let names = topics.filter { $0.verdict == verdict }.map { text.shortName($0.topic) }
                return .li(
                    .span(.class("badge verdict-\(verdict.rawValue)"), .text(text.verdictName(verdict))), .text(" "),
                    .text(names.isEmpty ? "–" : names.joined(separator: " · ")))
            })
    }

    /// The five properties as one table: mean, change and verdict each.
    static func properties(_ dashboard: Dashboard, _ text: DashboardText, _ s: any Strings, trend: TrendPath? = nil) -> Node<
        HTML.BodyContext
    > {
        .div(
            .class("scroll"),
            .table(
                .class("signals"),
                .thead(
                    .tr(
                        .th(.text(s.propertiesTitle)), .th(.class("number"), .text(text.name(.perception))),
                        .th(.class("number"), .text(text.name(.trend))), .th(.text(s.verdictLabel)))),
                .tbody(
                    .forEach(Topic.properties.map(dashboard.assessment)) { assessment in
                        let perception = assessment.signals.first { $0.rule == .perception }
                        let change = assessment.signals.first { $0.rule == .trend }
                        return .tr(
                            .th(
                                .attribute(named: "scope", value: "row"), .text(text.shortName(assessment.topic)),
                                .unwrap(perception == nil ? nil : trend?(assessment.topic)) {
                                    .group(.text(" "), .a(.class("hint"), .href($0), .text("(\(s.trendLink))")))
                                }),
                            .td(.class("number"), .text(perception.map { figure($0, text) } ?? "–")),
                            .td(.class("number"), .text(change.map { figure($0, text) } ?? "–")),
                            .td(badge(assessment.verdict, text, s))
                        )
                    })
            ))
    }
}
