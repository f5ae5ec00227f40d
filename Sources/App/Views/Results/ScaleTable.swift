import Foundation
import Plot
import VeerkrachtCore

/// Every scale of a group's tally: mean, 0–100, interval, n, α, favourable share and the
/// distribution as a bar, then the same shares as text. The results page and the report use it.
enum ScaleTable {
    static func render(results: WaveResults, tally: GroupTally, _ context: PageContext,
                       trend: (ResultScale) -> String?) -> Node<HTML.BodyContext> {
        let s = context.strings
        let rows = results.scales.indices.map { ($0, tally.scale($0)) }.filter { $0.1.descriptives.n > 0 }
        return .group(
            .table(
                .class("results"),
                .thead(.tr(.th(.text(s.scalesTitle)), .th(.class("number"), .text(s.meanLabel)), .th(.class("number"), .text(s.hundredLabel)),
                           .th(.class("number"), .text(s.intervalLabel)), .th(.class("number"), .text(s.respondentsLabel)),
                           .th(.class("number"), .text(s.alphaLabel)), .th(.class("number"), .text(s.favourableLabel)),
                           .th(.text(s.distributionLabel)))),
                .tbody(.forEach(rows) { index, stats in
                    let d = stats.descriptives
                    let name = results.scales[index].scale.name(context.language)
                    let trendPath = trend(results.scales[index])
                    return .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(name),
                            .unwrap(trendPath) { .group(.text(" "), .a(.class("hint"), .href($0), .text("(\(s.trendLink))"))) }),
                        .td(.class("number"), .text(s.decimal2(d.mean))),
                        .td(.class("number"), .text(s.decimal(Descriptives.onHundredScale(d.mean)))),
                        .td(.class("number"), .text(d.confidenceInterval95.map { "\(s.decimal2($0.lowerBound)) – \(s.decimal2($0.upperBound))" } ?? "–")),
                        .td(.class("number"), .text("\(d.n)")),
                        .td(.class("number"), .text(stats.alpha.map(s.decimal2) ?? "–")),
                        .td(.class("number"), .text(stats.favourableShare.map(s.percentage) ?? "–")),
                        .td(DistributionBar.svg(stats.distribution,
                                                label: "\(s.distributionLabel) \(name): " + DistributionBar.shares(stats.distribution, strings: s).joined(separator: ", ")))
                    )
                })
            ),
            // The bars' text alternative: the share of every option per scale.
            .table(
                .class("results"),
                .caption(.text(s.distributionLabel)),
                .thead(.tr(.th(.text(s.scalesTitle)), .forEach(ResponseFormat.agreement.options) { .th(.class("number"), .text($0(context.language))) })),
                .tbody(.forEach(rows) { index, stats in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(results.scales[index].scale.name(context.language))),
                        .forEach(DistributionBar.shares(stats.distribution, strings: s)) { .td(.class("number"), .text($0)) })
                })
            )
        )
    }
}
