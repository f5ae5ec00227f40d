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
        let text = DashboardText(context.language)
        let topics = [data.dashboard.assessment(.base)] + data.dashboard.coreQuestionsStrengthsFirst
        return .div(
            .class("report"),
            .p(.class("hint no-print"), .text(s.printA4Hint)),
            .section(
                .class("cover"),
                .p(.class("cover-organisation"), .text(organisationName)),
                .p(.class("cover-title"), .text(s.reportTitle)),
                .p(.text(s.reportMade(on: s.day(data.today)))),
                .unwrap(latest) { .p(.text(s.latestResultsTitle + ": " + $0.wave.name)) }),
            .section(
                .class("summary-page"), .id("summary"),
                .h2(.text(s.summaryTitle)),
                AssessmentView.summary(data.dashboard, text, s),
                .ul(
                    .class("summary-lines"),
                    .forEach(topics) { assessment in
                        .li(AssessmentView.badge(assessment.verdict, text, s), .text(" " + (text.story(assessment).first ?? "")))
                    })),
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

    /// The organisation's name at the foot of every printed page, beside the page number the
    /// stylesheet writes (CSS page margin boxes; Chromium prints them, and
    /// `--no-pdf-header-footer` drops its own). `ReportCommand` puts it into the inlined
    /// stylesheet, whose hash the page's policy allows; the name is written as a CSS string in
    /// which every character but letters, digits and spaces is an escape, so nothing typed can
    /// end the string or the style element.
    static func pageMargins(organisationName: String) -> String {
        "@page { @bottom-left { content: \"\(cssString(organisationName))\"; font-size: 8pt; color: #55656b; } }"
            + " @page :first { @bottom-left { content: none; } }"
    }

    static func cssString(_ text: String) -> String {
        text.unicodeScalars.map { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " "
                ? String(scalar) : "\\" + String(scalar.value, radix: 16) + " "
        }.joined()
    }
}
