import Foundation
import Plot
import VeerkrachtCore

/// Every scale of a group's tally: mean, 0–100, interval, n, deviation, median and quartiles,
/// α with the complete cases behind it, favourable share and the distribution as a bar, then
/// the same shares as text. Every figure of a row counts the people its n counts. The results
/// page and the report use it.
enum ScaleTable {
    static func render(
        results: WaveResults, group: ResultGroup, tally: GroupTally, _ context: PageContext,
        trend: (ResultScale) -> String?
    ) -> Node<HTML.BodyContext> {
        let s = context.strings
        let rows = results.scales.indices.compactMap { index in results.shownScale(index, in: tally).map { (index, $0) } }
        let spreads = results.spread(of: group) ?? []
        return .group(
            .table(
                .class("results"),
                .thead(
                    .tr(
                        .th(.text(s.scalesTitle)), .th(.class("number"), .text(s.meanLabel)), .th(.class("number"), .text(s.hundredLabel)),
                        .th(.class("number"), .text(s.intervalLabel)), .th(.class("number"), .text(s.respondentsLabel)),
                        .th(.class("number"), .text(s.deviationLabel)), .th(.class("number"), .text(s.medianLabel)),
                        .th(.class("number"), .text(s.quartilesLabel)),
                        .th(.class("number"), .text(s.alphaLabel)), .th(.class("number"), .text(s.favourableLabel)),
                        .th(.text(s.distributionLabel)))),
                .tbody(
                    .forEach(rows) { index, stats in
                        let d = stats.descriptives
                        let spread = spreads.indices.contains(index) ? spreads[index] : nil
                        let name = results.scales[index].scale.name(context.language)
                        let trendPath = trend(results.scales[index])
                        return .tr(
                            .th(
                                .attribute(named: "scope", value: "row"), .text(name),
                                .unwrap(trendPath) { .group(.text(" "), .a(.class("hint"), .href($0), .text("(\(s.trendLink))"))) }),
                            .td(.class("number"), .text(s.decimal2(d.mean))),
                            .td(.class("number"), .text(s.decimal(Descriptives.onHundredScale(d.mean)))),
                            .td(
                                .class("number"),
                                .text(d.confidenceInterval95.map { "\(s.decimal2($0.lowerBound)) – \(s.decimal2($0.upperBound))" } ?? "–")),
                            .td(.class("number"), .text("\(d.n)")),
                            .td(.class("number"), .text(d.standardDeviation.map(s.decimal2) ?? "–")),
                            .td(.class("number"), .text(spread.map { s.decimal2($0.median) } ?? "–")),
                            .td(
                                .class("number"),
                                .text(spread.map { "\(s.decimal2($0.lowerQuartile)) – \(s.decimal2($0.upperQuartile))" } ?? "–")),
                            .td(.class("number"), .text(alphaText(stats.alphaReading(threshold: results.threshold), s))),
                            .td(.class("number"), .text(stats.favourableShare.map(s.percentage) ?? "–")),
                            .td(
                                DistributionBar.svg(
                                    stats.distribution,
                                    label: "\(s.distributionLabel) \(name): "
                                        + DistributionBar.shares(stats.distribution, strings: s).joined(separator: ", ")))
                        )
                    })
            ),
            alphaNotes(rows.map { $0.1.alphaReading(threshold: results.threshold) }, threshold: results.threshold, s),
            // The bars' text alternative: the share of every option per scale.
            .table(
                .class("results"),
                .caption(.text(s.distributionLabel)),
                .thead(
                    .tr(
                        .th(.text(s.scalesTitle)),
                        .forEach(ResponseFormat.agreement.options) { .th(.class("number"), .text($0(context.language))) })),
                .tbody(
                    .forEach(rows) { index, stats in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(results.scales[index].scale.name(context.language))),
                            .forEach(DistributionBar.shares(stats.distribution, strings: s)) { .td(.class("number"), .text($0)) })
                    })
            )
        )
    }

    /// α with the complete answers behind it, and a mark that the note below explains.
    private static func alphaText(_ reading: AlphaReading, _ s: any Strings) -> String {
        switch reading {
        case .none, .tooFewComplete: return "–"
        case .shown(let alpha, let complete, let caution):
            let mark = caution == .negative ? " *" : caution == .fewerThanTen ? " †" : ""
            return s.alphaWithCases(s.decimal2(alpha), complete: complete) + mark
        }
    }

    /// One note per kind of caution that occurs in the table, and none when there is none.
    private static func alphaNotes(_ readings: [AlphaReading], threshold: Int, _ s: any Strings) -> Node<HTML.BodyContext> {
        let negative = readings.contains { if case .shown(_, _, .negative) = $0 { true } else { false } }
        let fewer = readings.contains { if case .shown(_, _, .fewerThanTen) = $0 { true } else { false } }
        let hidden = readings.contains(.tooFewComplete)
        guard negative || fewer || hidden else { return .empty }
        return .ul(
            .class("hint alpha-notes"),
            .if(negative, .li(.text("* " + s.alphaNegativeNote))),
            .if(fewer, .li(.text("† " + s.alphaFewerThanTenNote(AlphaReading.stableFrom)))),
            .if(hidden, .li(.text("– " + s.alphaHiddenNote(threshold: threshold)))))
    }
}
