import Foundation
import Plot
import VeerkrachtCore

/// The programme page's evaluation, reconstruction afterwards and its cycle of reconstruction and redesign.
extension ProgrammePage {
    func evaluation(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let p = programme
        return .section(
            .id("evaluation"), .h2(.text(s.evaluationTitle)),
            .p(
                .text(
                    "\(s.costsLabel): € \(s.decimal0(p.costs)) · \(s.roiLabel): \(p.roiPercent.map { s.decimal($0) + "%" } ?? "–") · \(s.bcrLabel): \(p.benefitCostRatio.map(s.decimal2) ?? "–")"
                )),
            .if(
                canEdit,
                .form(
                    .method(.post), .action(action(.evaluation)), Forms.csrf(context),
                    Forms.field(
                        "benefits", label: s.programmeField("benefits"), value: p.benefits.map { String($0) } ?? "",
                        error: error("benefits", s)),
                    Forms.field(
                        "attributed_share", label: s.programmeField("attributed_share"),
                        value: p.attributedShare.map { String($0 * 100) } ?? "", error: error("attributed_share", s)),
                    Forms.field(
                        "hourly_cost", label: s.programmeField("hourly_cost"), value: p.hourlyCost.map { String($0) } ?? "",
                        error: error("hourly_cost", s)),
                    Forms.submit(s.saveSubmit)))
        )
    }

    /// The guided reconstruction: the destination, up to three assumptions and three yields as
    /// they were meant, recorded in one go.
    func reconstruction(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let lines = Array(1...ProgrammeForm.reconstructionLines)
        return .details(
            .summary(.text(s.reconstructionTitle)),
            .p(.class("hint"), .text(s.reconstructionHint)),
            .form(
                .id("reconstruction"), .method(.post), .action(action(.reconstruction)), Forms.csrf(context),
                Forms.textarea(
                    "destination", label: s.reconstructionStep(1), value: programme.destination, hint: s.destinationHint,
                    error: error("destination", s), id: "reconstruction-destination"),
                .fieldset(
                    Forms.legend(s.reconstructionStep(2)),
                    .forEach(lines) { line in
                        Forms.field(
                            "assumption_\(line)", label: "\(s.programmeField("assumption")) \(line)",
                            error: line == 1 ? error("assumption_1", s) : nil)
                    }),
                .fieldset(
                    Forms.legend(s.reconstructionStep(3)),
                    .forEach(lines) { line in
                        .div(
                            .class("yield-line"),
                            Forms.select(
                                "level_\(line)", label: s.programmeField("level"),
                                options: Programme.Level.allCases.map { (value: $0.rawValue, label: s.levelName($0)) }, selected: nil),
                            Forms.select(
                                "kind_\(line)", label: s.programmeField("kind"),
                                options: Programme.YieldKind.allCases.map { (value: $0.rawValue, label: s.kindName($0)) }, selected: nil),
                            Forms.field(
                                "indicator_\(line)", label: s.programmeField("indicator"), error: line == 1 ? error("indicator_1", s) : nil),
                            Forms.field("target_\(line)", label: s.programmeField("target")))
                    }),
                Forms.submit(s.markReconstructed)
            )
        )
    }

    func cycle(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let p = programme
        func due(_ label: String, _ date: CalendarDate?) -> Node<HTML.BodyContext> {
            .p(.text("\(label): \(s.day(date))"), .if(p.isOverdue(date, on: today), .strong(.text(" — " + s.overdueMark))))
        }
        return .section(
            .id("adjustment"), .h2(.text(s.cycleTitle)),
            due(s.reconstructionDueLabel, p.reconstructionDue), due(s.redesignDueLabel, p.redesignDue),
            .if(
                canEdit,
                .group(
                    reconstruction(context),
                    .form(
                        .class("inline"), .method(.post), .action(action(.redesigned)), Forms.csrf(context), Forms.submit(s.markRedesigned))
                )),
            .h3(.text(s.adjustmentsTitle)),
            .ul(.forEach(p.adjustments) { .li(.text("\(s.day($0.date)): \($0.reason)")) }),
            .if(
                canEdit,
                .form(
                    .method(.post), .action(action(.adjustment)), Forms.csrf(context),
                    Forms.field("date", label: s.programmeField("date"), type: .date, value: today.description, error: error("date", s)),
                    Forms.field("reason", label: s.programmeField("reason"), error: error("reason", s)),
                    Forms.submit(s.addSubmit)))
        )
    }
}
