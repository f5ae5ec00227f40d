import Foundation
import Plot
import VeerkrachtCore

/// The dashboard, the latest results and the portfolio in one document for A4: a table of
/// contents, each chapter on a new page, charts as SVG. `veerkracht report` prints it to PDF.
struct ReportPage: PageInOrganisation {
    struct LatestResults: Sendable {
        let wave: WaveSummary
        let results: WaveResults
        let tally: GroupTally
    }

    let organisationID: UUID
    let organisationName: String
    let data: DashboardData
    let latest: LatestResults?
    let portfolio: PortfolioPage

    func title(_ strings: any Strings) -> String { "\(strings.reportTitle) — \(organisationName)" }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let org = organisationID
        let chapters = [("dashboard", s.dashboardTitle), ("results", s.latestResultsTitle), ("portfolio", s.portfolioSummaryTitle)]
        return .div(
            .class("report"),
            .p(.text(s.reportMade(on: s.day(data.today)))),
            .p(.class("hint no-print"), .text(s.printA4Hint)),
            .nav(
                .class("contents"), .attribute(named: "aria-labelledby", value: "contents"),
                .h2(.id("contents"), .text(s.contentsTitle)),
                .ol(.forEach(chapters) { .li(.a(.href("#\($0.0)"), .text($0.1))) })),
            .section(
                .class("chapter"), .id("dashboard"),
                .h2(.text(s.dashboardTitle)),
                DashboardSections.sources(data, s),
                DashboardSections.overdueActions(data, organisationID: org, context),
                DashboardSections.content(data, organisationID: org, context, trend: nil)),
            .section(
                .class("chapter"), .id("results"),
                .h2(.text(s.latestResultsTitle)),
                .unwrap(
                    latest,
                    { latest in
                        .group(
                            .p(.text(latest.wave.name)),
                            ScaleTable.render(results: latest.results, group: ResultGroup(unit: nil), tally: latest.tally, context) { _ in
                                nil
                            })
                    }, else: .p(.class("notice"), .text(s.noScanYet)))),
            .section(
                .class("chapter"), .id("portfolio"),
                .h2(.text(s.portfolioSummaryTitle)),
                portfolio.programmes.isEmpty
                    ? .p(.class("notice"), .text(s.portfolioEmpty))
                    : .group(portfolio.list(context), portfolio.views(context)))
        )
    }
}
