import Foundation
import Plot
import VeerkrachtCore

/// How a follow-up reads: a table on the action's page, one sentence per question in the
/// conversation guide and on the dashboard. Figures come from `PulseFollowUp`, whose readings
/// passed the disclosure reader.
enum FollowUpView {
    static func status(_ followUp: PulseFollowUp, _ s: any Strings) -> String {
        let pulse = followUp.pulse
        return s.pulsePhase(followUp.phase, period: s.period(pulse.lifecycle.opensAt, pulse.lifecycle.closesAt, in: pulse.timeZone))
    }

    static func table(_ followUp: PulseFollowUp, _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let text = DashboardText(context.language)
        let pulse = followUp.pulse
        let before = followUp.baseline.map { "\(s.beforeLabel): \($0.name)" } ?? s.beforeLabel
        return .div(
            .class("scroll"),
            .table(
                .class("results follow-up"),
                .thead(
                    .tr(
                        .th(.text(s.pulseQuestionsLabel)), .th(.class("number"), .text(before)),
                        .th(
                            .class("number"), .text("\(s.afterLabel): \(s.day(CalendarDate(pulse.lifecycle.closesAt, in: pulse.timeZone)))")
                        ),
                        .th(.class("number"), .text(s.followUpDifferenceLabel)), .th(.text(s.verdictLabel)))),
                .tbody(
                    .forEach(followUp.readings) { reading in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(text.shortName(reading.topic))),
                            .td(.class("number"), .text(reading.before.map { mean($0, s) } ?? s.followUpNoBefore)),
                            .td(.class("number"), .text(reading.after.map { mean($0, s) } ?? s.followUpTooFew)),
                            .td(.class("number"), .text(reading.comparison.map { difference($0, s) } ?? "–")),
                            .td(.unwrap(reading.comparison) { verdict($0, s) }))
                    })))
    }

    /// One sentence per question that both sides show; nothing for a pulse still open.
    static func lines(_ followUp: PulseFollowUp, _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let text = DashboardText(context.language)
        guard followUp.isClosed else { return .p(.class("hint"), .text(status(followUp, s))) }
        return .ul(
            .class("follow-up"),
            .forEach(followUp.readings) { reading in
                guard let comparison = reading.comparison else {
                    return .li(.text("\(text.shortName(reading.topic)): \(reading.after == nil ? s.followUpTooFew : s.followUpNoBefore)."))
                }
                return .li(
                    .text(
                        s.followUpLine(
                            question: text.shortName(reading.topic), before: s.decimal2(comparison.before.mean),
                            after: s.decimal2(comparison.after.mean), difference: signed(comparison.difference, s),
                            interval: comparison.differenceInterval95.map { interval($0, s) })),
                    .text(" "), .strong(.text(s.changeVerdict(comparison.verdict))))
            })
    }

    private static func mean(_ d: Descriptives, _ s: any Strings) -> String { "\(s.decimal2(d.mean)) (n = \(d.n))" }

    private static func signed(_ value: Double, _ s: any Strings) -> String { (value > 0 ? "+" : "") + s.decimal2(value) }

    private static func interval(_ range: ClosedRange<Double>, _ s: any Strings) -> String {
        "\(signed(range.lowerBound, s)) – \(signed(range.upperBound, s))"
    }

    private static func difference(_ comparison: BeforeAfter, _ s: any Strings) -> String {
        signed(comparison.difference, s) + (comparison.differenceInterval95.map { " (\(interval($0, s)))" } ?? "")
    }

    private static func verdict(_ comparison: BeforeAfter, _ s: any Strings) -> Node<HTML.BodyContext> {
        .group(
            .strong(.text(s.changeVerdict(comparison.verdict))),
            .unwrap(comparison.test) { test in
                .group(
                    .br(),
                    .span(.class("hint"), .text(s.changeSummary(test))))
            })
    }
}
