import Foundation
import Plot
import VeerkrachtCore

/// The portfolio and what it says about K1, K3 and K5: investment and its stability, design
/// maturity, realised yields and ROI; the balance of giving and taking and the load per unit;
/// the spread over the OD processes and the cycle.
struct PortfolioPage: PageInOrganisation {
    let organisationID: UUID
    let programmes: [(id: UUID, programme: Programme)]
    let tree: UnitTree
    let headcount: [UUID: Int]
    let today: CalendarDate
    let canEdit: Bool
    let problems: [ProgrammeProblem]
    let name: String
    var importError: String?
    var importProblems: [ProgrammeImporter.RowProblem] = []

    private var portfolio: Portfolio { Portfolio(programmes.map(\.programme)) }

    func title(_ strings: any Strings) -> String { strings.portfolioTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let org = organisationID
        return .group(
            .if(!problems.isEmpty, ProgrammePage.problemList(problems, s)),
            .if(
                canEdit,
                .form(
                    .class("filter"), .method(.post), .action(Route.portfolio(org).path), Forms.csrf(context),
                    Forms.field(
                        "name", label: s.newProgrammeLabel, value: name,
                        error: problems.first { $0.field == "name" }.map(s.programmeProblem)),
                    Forms.submit(s.createSubmit))),
            programmes.isEmpty ? .p(.class("notice"), .text(s.portfolioEmpty)) : .group(list(context), views(context)),
            .p(.a(.href(Route.portfolioCSV(org).path), .text(s.exportProgrammes))),
            .if(canEdit, importForm(context))
        )
    }

    private func importForm(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .section(
            .id("import"), .h2(.text(s.importProgrammesTitle)), .p(.class("hint"), .text(s.importProgrammesHint)),
            Forms.notice(importError),
            .if(
                !importProblems.isEmpty,
                .div(
                    .class("notice error"), .attribute(named: "role", value: "alert"),
                    .p(.text(s.programmeHasProblems)),
                    .ul(
                        .forEach(importProblems) {
                            .li(.text(s.importRowProblem(line: $0.line, column: $0.problem.field, s.programmeProblem($0.problem))))
                        }))),
            .form(
                .method(.post), .action(Route.portfolioImport(organisationID).path), .enctype(.multipartData), Forms.csrf(context),
                .div(
                    .class("field"), .label(.for("programmes-file"), .text(s.importProgrammesTitle)),
                    .input(.id("programmes-file"), .type(.file), .name("file"), .attribute(named: "accept", value: ".csv,text/csv"))),
                Forms.submit(s.importProgrammesSubmit))
        )
    }

    func list(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .table(
            .class("results"),
            .thead(
                .tr(
                    .th(.text(s.programmeField("name"))), .th(.text(s.programmeField("status"))), .th(.text(s.programmeField("start"))),
                    .th(.class("number"), .text(s.moneyLabel)), .th(.class("number"), .text(s.roiLabel)))),
            .tbody(
                .forEach(programmes) { id, p in
                    .tr(
                        .td(.a(.href(Route.programme(organisationID, programme: id).path), .text(p.name))),
                        .td(.text(s.programmeStatus(p.status))), .td(.text(s.day(p.start))),
                        .td(.class("number"), .text(euros(p.money, s))),
                        .td(.class("number"), .text(p.roiPercent.map { s.decimal($0) + "%" } ?? "–")))
                })
        )
    }

    func views(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let years = portfolio.investmentByYear(lastYear: today.year)
        let stability = Portfolio.stability(years.map { ($0.year, $0.money) })
        let maturity = portfolio.maturity
        let balance = portfolio.balance
        return .group(
            .h2(.text(s.k1Title)),
            BarChart.bars(
                years.map { (String($0.year), $0.money) }, low: 0, high: max(years.map(\.money).max() ?? 1, 1),
                label: s.investmentsTitle, format: { euros($0, s) }),
            .table(
                .class("results"), .caption(.text(s.investmentsTitle)),
                .thead(
                    .tr(
                        .th(.text(s.yearLabel)), .th(.class("number"), .text(s.moneyLabel)),
                        .th(.class("number"), .text(s.programmeField("participant_hours"))),
                        .th(.class("number"), .text(s.programmeField("covering_hours"))))),
                .tbody(
                    .forEach(years) { y in
                        .tr(
                            .td(.text(String(y.year))), .td(.class("number"), .text(euros(y.money, s))),
                            .td(.class("number"), .text(s.decimal(y.participantHours))),
                            .td(.class("number"), .text(s.decimal(y.coveringHours))))
                    })),
            .p(
                .text(
                    s.stabilitySummary(
                        cv: stability.coefficientOfVariation.map(s.decimal2),
                        cut: stability.largestCut.map { "\($0.year): −\(s.percentage($0.share))" }))),
            .if(stability.cutThenPaidMore, .p(.class("notice"), .text(s.paidTwiceWarning))),
            .p(.text(s.maturitySummary(programmes: maturity.ofProgrammes.map(s.percentage), money: maturity.ofMoney.map(s.percentage)))),
            yieldTable(s.yieldsByLevelTitle, portfolio.yields(afterwards: false), s),
            yieldTable(s.afterwardsTitle, portfolio.yields(afterwards: true), s),
            .h2(.text(s.k3Title)),
            .table(
                .class("results"),
                .tbody(
                    .forEach(Programme.Focus.allCases) { focus in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(s.focusName(focus))),
                            .td(.class("number"), .text("\(balance.programmesByFocus[focus] ?? 0)")),
                            .td(.class("number"), .text(euros(balance.moneyByFocus[focus] ?? 0, s))))
                    },
                    .forEach(Programme.Bearer.allCases) { bearer in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(s.programmeField("bearer") + ": " + s.bearerName(bearer))),
                            .td(.class("number"), .text(s.decimal(balance.hoursByBearer[bearer] ?? 0) + " h")),
                            .td(.class("number"), .text(euros(balance.moneyByBearer[bearer] ?? 0, s))))
                    },
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(s.coveringPerHourLabel)),
                        .td(
                            .attribute(named: "colspan", value: "2"), .class("number"),
                            .text(balance.coveringPerParticipantHour.map(s.decimal2) ?? "–")))
                )),
            load(context),
            .h2(.text(s.k5Title)),
            .table(
                .class("results"),
                .tbody(
                    .forEach(ODProcess.allCases) { process in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(s.processName(process))),
                            .td(.class("number"), .text("\(portfolio.processSpread[process] ?? 0)")))
                    })),
            .h3(.text(s.overdueTitle)),
            names(Array(Set(portfolio.overdue(on: today).reconstruction + portfolio.overdue(on: today).redesign)).sorted(), s),
            .h3(.text(s.unchangedTitle)), names(portfolio.unchanged(on: today), s)
        )
    }

    private func load(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let units = tree.flattened(includeArchived: false).map(\.node.id)
        let load = portfolio.load(on: today, units: units, in: tree, headcount: headcount)
        let busy = tree.flattened(includeArchived: false).filter { (load[$0.node.id]?.concurrentProgrammes ?? 0) > 0 }
        return .group(
            .h3(.text(s.loadTitle)),
            busy.isEmpty
                ? .p(.text(s.nothingHere))
                : .table(
                    .class("results"),
                    .thead(
                        .tr(
                            .th(.text(s.groupLabel)), .th(.class("number"), .text(s.concurrentLabel)),
                            .th(.class("number"), .text(s.hoursPerPersonLabel)), .th(.text("")))),
                    .tbody(
                        .forEach(busy) { row in
                            let l = load[row.node.id]!
                            return .tr(
                                .th(.attribute(named: "scope", value: "row"), .class("depth-\(min(row.depth, 8))"), .text(row.node.name)),
                                .td(.class("number"), .text("\(l.concurrentProgrammes)")),
                                .td(.class("number"), .text(s.decimal(l.hoursPerPersonPerMonth))),
                                .td(.text(l.changeFatigue ? s.changeFatigueMark : "")))
                        })
                )
        )
    }

    private func yieldTable(_ title: String, _ counts: [Programme.Level: Portfolio.YieldCounts], _ s: any Strings) -> Node<HTML.BodyContext>
    {
        .table(
            .class("results"), .caption(.text(title)),
            .thead(
                .tr(
                    .th(.text(s.programmeField("level"))),
                    .forEach(Programme.Realisation.allCases) { .th(.class("number"), .text(s.realisationName($0))) },
                    .th(.class("number"), .text(s.verdictName(.open))))),
            .tbody(
                .forEach(Programme.Level.allCases) { level in
                    let c = counts[level] ?? .init()
                    return .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(s.levelName(level))),
                        .td(.class("number"), .text("\(c.realised)")), .td(.class("number"), .text("\(c.partly)")),
                        .td(.class("number"), .text("\(c.notRealised)")), .td(.class("number"), .text("\(c.open)")))
                }))
    }

    private func names(_ indices: [Int], _ s: any Strings) -> Node<HTML.BodyContext> {
        indices.isEmpty
            ? .p(.text(s.nothingHere))
            : .ul(
                .forEach(indices) { index in
                    .li(
                        .a(
                            .href(Route.programme(organisationID, programme: programmes[index].id).path),
                            .text(programmes[index].programme.name)))
                })
    }

    private func euros(_ value: Double, _ s: any Strings) -> String { "€ " + s.decimal0(value) }
}

extension PortfolioPage {
    var isWide: Bool { true }
}
