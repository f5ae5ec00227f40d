import Foundation
import Plot
import VeerkrachtCore

/// Units as an indented tree against the wave's scales: each cell the unit's score (0–100),
/// coloured by its difference with the organisation; suppressed cells grey.
struct HeatmapPage: PageInOrganisation {
    let organisationID: UUID
    let wave: WaveSummary
    let results: WaveResults
    let tallies: [GroupTally?]
    let tree: UnitTree

    func title(_ strings: any Strings) -> String { "\(strings.heatmapTitle): \(wave.name)" }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let organisation = tallies.first.flatMap { $0 }
        let orgScores = results.scales.indices.map { index in organisation.map { hundred($0, index) } ?? nil }
        return .group(
            ProvisionalNotice.node(wave, s),
            .p(.class("hint"), .text(s.heatmapExplained(threshold: results.threshold))),
            .if(results.respondents == 0, .p(.class("notice"), .text(results.isWithheld ? s.resultsWithheld : s.noResponsesYet))),
            legend(context),
            .div(
                .class("table-box"), .attribute(named: "tabindex", value: "0"),
                .attribute(named: "role", value: "region"), .attribute(named: "aria-label", value: s.heatmapTitle),
                // Plot's own table: this box, not the generic one, scrolls both ways and keeps the header in view.
                Node<HTML.BodyContext>.element(
                    named: "table",
                    nodes: [
                        .class("heatmap"),
                        .thead(
                            .tr(
                                .th(.text(s.groupLabel)),
                                .forEach(results.scales) {
                                    .th(
                                        .class("number"), .attribute(named: "title", value: $0.scale.name(context.language)),
                                        .text($0.scale.code))
                                })),
                        .tbody(
                            .forEach(results.nodes.indices) { node in
                                let label = node == 0 ? s.wholeOrganisation : results.nodes[node].flatMap { tree.nodes[$0]?.name } ?? ""
                                return .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"), .class("depth-\(min(results.depths[node], 8))"),
                                        .text(label)),
                                    .forEach(results.scales.indices) { index in
                                        cell(node: node, scale: index, organisation: orgScores[index], s)
                                    }
                                )
                            })
                    ]))
        )
    }

    /// What the codes above the columns stand for, and what each colour step means.
    private func legend(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let steps = [-3, -2, -1, 0, 1, 2, 3]
        return .details(
            .open(true),
            .summary(.text(s.heatmapLegend)),
            .dl(
                .class("legend"),
                .forEach(results.scales) { .group(.dt(.text($0.scale.code)), .dd(.text($0.scale.name(context.language)))) }),
            .ul(
                .class("legend"),
                .forEach(steps) { step in
                    .li(
                        .span(
                            .class("swatch \(Self.heatClass(step: step))"),
                            .attribute(named: "aria-hidden", value: "true")),
                        .text(s.heatStep(step)))
                },
                .li(.span(.class("swatch suppressed-swatch"), .attribute(named: "aria-hidden", value: "true")), .text(s.belowThreshold)))
        )
    }

    private func hundred(_ tally: GroupTally, _ index: Int) -> Double? {
        results.shownScale(index, in: tally).map { Descriptives.onHundredScale($0.descriptives.mean) }
    }

    private func cell(node: Int, scale: Int, organisation: Double?, _ s: any Strings) -> Node<HTML.TableRowContext> {
        guard let tally = tallies[node], let score = hundred(tally, scale) else {
            return .td(.class("suppressed"), .text(s.belowThreshold))
        }
        let difference = organisation.map { score - $0 } ?? 0
        return .td(
            .class("number \(Self.heatClass(difference))"),
            .attribute(named: "title", value: "\(s.differenceLabel): \(s.decimal(difference))"),
            .text(s.decimal(score)))
    }

    /// Five points on the 0–100 scale per step, three steps each way.
    static func heatClass(_ difference: Double) -> String {
        heatClass(step: max(-3, min(3, Int((difference / 5).rounded(.towardZero)))))
    }

    /// The colour of a step from −3 to 3; the cells and the legend both use it.
    static func heatClass(step: Int) -> String {
        step < 0 ? "heat-m\(-step)" : "heat-p\(step)"
    }
}

extension HeatmapPage {
    var isWide: Bool { true }
    func breadcrumbs(_ strings: any Strings) -> [Breadcrumb] {
        wave.breadcrumbs(organisation: organisationID, belowResults: true, page: strings.heatmapTitle, strings)
    }
}
