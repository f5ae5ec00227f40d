import Foundation
import Plot
import VeerkrachtCore

/// One programme: its design, yields, investments, evaluation and cycle. Advisors edit each
/// part with its own small form; everyone else reads it.
struct ProgrammePage: PageInOrganisation {
    let organisationID: UUID
    let id: UUID
    let programme: Programme
    let tree: UnitTree
    let today: CalendarDate
    let canEdit: Bool
    let problems: [ProgrammeProblem]

    func title(_ strings: any Strings) -> String { programme.name }

    static func problemList(_ problems: [ProgrammeProblem], _ s: any Strings) -> Node<HTML.BodyContext> {
        .div(
            .class("notice error"), .attribute(named: "role", value: "alert"),
            .p(.text(s.programmeHasProblems)),
            Forms.problemSummary(problems.map { FieldProblem(field: $0.field, message: s.programmeProblem($0)) }))
    }

    func action(_ action: ProgrammeForm.Action) -> String {
        Route.programmeAction(organisationID, programme: id, action: action.rawValue).path
    }

    func error(_ field: String, _ s: any Strings) -> String? {
        problems.first { $0.field == field }.map(s.programmeProblem)
    }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            .if(!problems.isEmpty, Self.problemList(problems, s)),
            canEdit ? details(context) : facts(s),
            rules(context), yields(context), investments(context), evaluation(context), cycle(context)
        )
    }

    private func facts(_ s: any Strings) -> Node<HTML.BodyContext> {
        .dl(
            .class("facts"),
            .dt(.text(s.programmeField("status"))), .dd(.text(s.programmeStatus(programme.status))),
            .dt(.text(s.programmeField("owner"))), .dd(.text(programme.owner)),
            .dt(.text(s.programmeField("destination"))), .dd(.text(programme.destination)),
            .dt(.text(s.programmeField("process"))), .dd(.text(programme.process.map(s.processName) ?? "–")),
            .dt(.text(s.programmeField("focus"))), .dd(.text(programme.focus.map(s.focusName) ?? "–")),
            .dt(.text(s.periodLabel)), .dd(.text("\(s.day(programme.start)) – \(s.day(programme.end))")))
    }

    private func details(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let p = programme
        func options<T: RawRepresentable>(_ all: [T], _ name: (T) -> String, none: Bool) -> [(value: String, label: String)]
        where T.RawValue == String {
            (none ? [(value: "", label: s.noneChoice)] : []) + all.map { (value: $0.rawValue, label: name($0)) }
        }
        return .form(
            .id("details"), .method(.post), .action(action(.details)), Forms.csrf(context),
            Forms.field("name", label: s.programmeField("name"), value: p.name, error: error("name", s)),
            Forms.field("owner", label: s.programmeField("owner"), value: p.owner),
            Forms.select(
                "status", label: s.programmeField("status"), options: options(Programme.Status.allCases, s.programmeStatus, none: false),
                selected: p.status.rawValue, error: error("status", s)),
            Forms.field(
                "start", label: s.programmeField("start"), type: .date, value: p.start?.description ?? "", error: error("start", s)),
            Forms.field("end", label: s.programmeField("end"), type: .date, value: p.end?.description ?? "", error: error("end", s)),
            Forms.textarea(
                "destination", label: s.programmeField("destination"), value: p.destination, hint: s.destinationHint,
                error: error("destination", s)),
            Forms.select(
                "process", label: s.programmeField("process"), options: options(ODProcess.allCases, s.processName, none: true),
                selected: p.process?.rawValue ?? "", error: error("process", s)),
            Forms.select(
                "focus", label: s.programmeField("focus"), options: options(Programme.Focus.allCases, s.focusName, none: true),
                selected: p.focus?.rawValue ?? "", error: error("focus", s)),
            UnitPicker(
                name: "target_units[]", addName: "target_unit_add", legend: s.programmeField("target_units[]"), tree: tree,
                chosen: Set(p.targetUnits)
            ).node(s),
            Forms.field("target_levels", label: s.programmeField("target_levels"), value: p.targetLevels),
            Forms.field(
                "participants", label: s.programmeField("participants"), value: p.participants.map(String.init) ?? "",
                error: error("participants", s)),
            .div(
                .class("choice"),
                .input(
                    .type(.checkbox), .id("own-wishes"), .name("based_on_own_wishes"), .value("1"),
                    .checked(p.basedOnOwnWishes)),
                .label(.for("own-wishes"), .text(s.programmeField("based_on_own_wishes")))),
            Forms.submit(s.saveSubmit)
        )
    }

    private func rules(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .section(
            .id("rule"), .h2(.text(s.designRulesTitle)), .p(.class("hint"), .text(s.designRuleHint)),
            .ol(
                .forEach(programme.designRules.enumerated()) { index, rule in
                    .li(
                        .text(rule.assumption), .text(" — " + s.verdictName(rule.verdict)),
                        .if(!rule.note.isEmpty, .text(": " + rule.note)),
                        .if(
                            canEdit,
                            .form(
                                .class("inline"), .method(.post), .action(action(.verdict)), Forms.csrf(context),
                                .input(.type(.hidden), .name("index"), .value("\(index)")),
                                Forms.select(
                                    "verdict", label: s.programmeField("verdict"),
                                    options: Programme.Verdict.allCases.map { (value: $0.rawValue, label: s.verdictName($0)) },
                                    selected: rule.verdict.rawValue, id: "verdict-\(index)"),
                                Forms.field("note", label: s.programmeField("note"), value: rule.note, id: "note-\(index)"),
                                Forms.submit(s.saveSubmit))))
                }),
            .if(
                canEdit,
                .form(
                    .method(.post), .action(action(.rule)), Forms.csrf(context),
                    Forms.textarea("assumption", label: s.programmeField("assumption"), value: "", error: error("assumption", s)),
                    Forms.submit(s.addSubmit)))
        )
    }

    private func yields(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .section(
            .id("yield"), .h2(.text(s.yieldsTitle)),
            .ul(
                .forEach(programme.yields.enumerated()) { index, y in
                    .li(
                        .strong(.text("\(s.levelName(y.level)) · \(s.kindName(y.kind)): ")), .text("\(y.indicator) → \(y.target)"),
                        .if(y.measuredOn != nil, .text(" (\(s.day(y.measuredOn)))")),
                        .if(y.addedAfterwards, .em(.text(" — " + s.afterwardsMark))),
                        .text(" — " + (y.realisation.map(s.realisationName) ?? s.verdictName(.open))),
                        .if(!y.evidence.isEmpty, .text(": " + y.evidence)),
                        .if(
                            canEdit,
                            .form(
                                .class("inline"), .method(.post), .action(action(.realisation)), Forms.csrf(context),
                                .input(.type(.hidden), .name("index"), .value("\(index)")),
                                Forms.select(
                                    "realisation", label: s.programmeField("realisation"),
                                    options: [(value: "", label: s.verdictName(.open))]
                                        + Programme.Realisation.allCases.map { (value: $0.rawValue, label: s.realisationName($0)) },
                                    selected: y.realisation?.rawValue ?? "", id: "realisation-\(index)"),
                                Forms.field("evidence", label: s.programmeField("evidence"), value: y.evidence, id: "evidence-\(index)"),
                                Forms.submit(s.saveSubmit))))
                }),
            .if(
                canEdit,
                .form(
                    .method(.post), .action(action(.yield)), Forms.csrf(context),
                    Forms.select(
                        "level", label: s.programmeField("level"),
                        options: Programme.Level.allCases.map { (value: $0.rawValue, label: s.levelName($0)) }, selected: nil),
                    Forms.select(
                        "kind", label: s.programmeField("kind"),
                        options: Programme.YieldKind.allCases.map { (value: $0.rawValue, label: s.kindName($0)) }, selected: nil),
                    Forms.field("indicator", label: s.programmeField("indicator"), error: error("indicator", s)),
                    Forms.field("target", label: s.programmeField("target")),
                    Forms.field("measured_on", label: s.programmeField("measured_on"), type: .date, error: error("measured_on", s)),
                    Forms.submit(s.addSubmit)))
        )
    }

    private func investments(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .section(
            .id("investment"), .h2(.text(s.investmentsTitle)),
            .table(
                .class("results"),
                .thead(
                    .tr(
                        .th(.text(s.yearLabel)), .th(.class("number"), .text(s.programmeField("money"))),
                        .th(.class("number"), .text(s.programmeField("participant_hours"))),
                        .th(.class("number"), .text(s.programmeField("covering_hours"))), .th(.text(s.programmeField("bearer"))))),
                .tbody(
                    .forEach(programme.investments) { i in
                        .tr(
                            .td(.text(String(i.year))), .td(.class("number"), .text(s.decimal0(i.money))),
                            .td(.class("number"), .text(s.decimal(i.participantHours))),
                            .td(.class("number"), .text(s.decimal(i.coveringHours))),
                            .td(.text(s.bearerName(i.bearer))))
                    })),
            .if(
                canEdit,
                .form(
                    .method(.post), .action(action(.investment)), Forms.csrf(context),
                    Forms.field("year", label: s.programmeField("year"), value: String(today.year), error: error("year", s)),
                    Forms.field("money", label: s.programmeField("money"), error: error("money", s)),
                    Forms.field("participant_hours", label: s.programmeField("participant_hours"), error: error("participant_hours", s)),
                    Forms.field("covering_hours", label: s.programmeField("covering_hours"), error: error("covering_hours", s)),
                    Forms.select(
                        "bearer", label: s.programmeField("bearer"),
                        options: Programme.Bearer.allCases.map { (value: $0.rawValue, label: s.bearerName($0)) }, selected: nil),
                    Forms.submit(s.addSubmit)))
        )
    }
}

extension ProgrammePage {
    func breadcrumbs(_ strings: any Strings) -> [Breadcrumb] {
        [
            Breadcrumb(label: strings.portfolioTitle, path: Route.portfolio(organisationID).path),
            Breadcrumb(label: programme.name, path: nil)
        ]
    }
}
