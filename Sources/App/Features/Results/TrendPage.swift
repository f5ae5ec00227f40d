import Foundation
import Plot
import VeerkrachtCore

/// One scale across every wave of its instrument for one group: a line with the confidence
/// intervals, the same figures in a table, and the change test between the last two waves.
struct TrendPage: PageInOrganisation {
    struct Point: Sendable {
        let wave: WaveSummary
        /// nil where the group was not shown in that wave.
        let statistics: ScaleStatistics?
    }

    let organisationID: UUID
    let wave: WaveSummary
    let scale: ResultScale
    let points: [Point]
    let group: ResultGroup
    let tree: UnitTree
    let threshold: Int

    func title(_ strings: any Strings) -> String { "\(strings.trendTitle): \(scale.scale.name(strings.language))" }

    var shown: [(wave: WaveSummary, statistics: ScaleStatistics)] {
        points.compactMap { point in point.statistics.map { (point.wave, $0) } }
    }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let groupName = group.unit.flatMap { tree.nodes[$0]?.name } ?? s.wholeOrganisation
        return .group(
            .p(.a(.href(Route.waveResults(organisationID, wave: wave.id).path), .text(s.resultsTitle))),
            .h2(.text("\(scale.scale.name(context.language)) — \(groupName)")),
            .if(shown.count < 2, .p(.class("notice"), .text(s.trendNeedsTwoWaves))),
            // A ternary, not `.if`: Plot's `.if` builds its node even when the condition is false.
            shown.count >= 2 ? .group(chart(context), change(context)) : .empty,
            table(context)
        )
    }

    private func change(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let last = shown.suffix(2).map(\.statistics.descriptives)
        guard let before = last.first, let after = last.last, last.count == 2,
            let test = ChangeTest(before: before, after: after)
        else { return .empty }
        return .group(
            .p(.strong(.text(s.changeVerdict(test.verdict)))),
            .p(.text(s.changeSummary(test)))
        )
    }

    private func table(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .table(
            .class("results"),
            .thead(
                .tr(
                    .th(.text(s.waveLabel)), .th(.class("number"), .text(s.respondentsLabel)), .th(.class("number"), .text(s.meanLabel)),
                    .th(.class("number"), .text(s.hundredLabel)), .th(.class("number"), .text(s.intervalLabel)))),
            .tbody(
                .forEach(points) { point in
                    guard let d = point.statistics?.descriptives else {
                        return .tr(
                            .th(.attribute(named: "scope", value: "row"), waveName(point.wave, s)),
                            .td(.attribute(named: "colspan", value: "4"), .class("suppressed"), .text(s.belowThreshold)))
                    }
                    return .tr(
                        .th(.attribute(named: "scope", value: "row"), waveName(point.wave, s)),
                        .td(.class("number"), .text("\(d.n)")), .td(.class("number"), .text(s.decimal2(d.mean))),
                        .td(.class("number"), .text(s.decimal(Descriptives.onHundredScale(d.mean)))),
                        .td(
                            .class("number"),
                            .text(d.confidenceInterval95.map { "\(s.decimal2($0.lowerBound)) – \(s.decimal2($0.upperBound))" } ?? "–")))
                })
        )
    }

    /// A pulse is marked as one: it asked a few scales of some units, not the full scan.
    private func waveName(_ wave: WaveSummary, _ s: any Strings) -> Node<HTML.BodyContext> {
        .group(.text(wave.name), .if(wave.isPulse, .span(.class("tag"), .text(" (\(s.pulseMark))"))))
    }

    /// Means on the 1–5 scale with their intervals as whiskers; the table above says the same.
    private func chart(_ context: PageContext) -> Node<HTML.BodyContext> {
        let width = 640.0
        let height = 220.0
        let left = 40.0
        let right = 40.0
        let top = 10.0
        let bottom = 30.0
        let values = shown.map { ($0.statistics.descriptives.mean, $0.statistics.descriptives.confidenceInterval95) }
        let low = max(1, (values.map { $0.1?.lowerBound ?? $0.0 }.min() ?? 1) - 0.2)
        let high = min(5, (values.map { $0.1?.upperBound ?? $0.0 }.max() ?? 5) + 0.2)
        func x(_ i: Int) -> Double { left + (width - left - right) * (shown.count == 1 ? 0.5 : Double(i) / Double(shown.count - 1)) }
        func y(_ v: Double) -> Double { top + (height - top - bottom) * (1 - (v - low) / max(high - low, 0.01)) }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        var svg = "<svg class=\"trend\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(context.strings.trendTitle)\">"
        for tick in stride(from: (low * 2).rounded(.up) / 2, through: high, by: 0.5) {
            svg += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(tick)))\" y2=\"\(f(y(tick)))\" stroke=\"#ddd\"/>"
            svg +=
                "<text x=\"\(f(left - 6))\" y=\"\(f(y(tick) + 4))\" font-size=\"11\" text-anchor=\"end\">\(context.strings.decimal(tick))</text>"
        }
        svg +=
            "<polyline fill=\"none\" stroke=\"#2166ac\" stroke-width=\"2\" points=\""
            + values.enumerated().map { "\(f(x($0.offset))),\(f(y($0.element.0)))" }.joined(separator: " ") + "\"/>"
        for (i, value) in values.enumerated() {
            if let ci = value.1 {
                svg +=
                    "<line x1=\"\(f(x(i)))\" x2=\"\(f(x(i)))\" y1=\"\(f(y(ci.lowerBound)))\" y2=\"\(f(y(ci.upperBound)))\" stroke=\"#2166ac\"/>"
            }
            // A pulse is drawn open, so it is not read as a full wave.
            let fill = shown[i].wave.isPulse ? "#fff\" stroke=\"#2166ac\" stroke-width=\"2" : "#2166ac"
            svg += "<circle cx=\"\(f(x(i)))\" cy=\"\(f(y(value.0)))\" r=\"4\" fill=\"\(fill)\"/>"
            let mark = shown[i].wave.isPulse ? " (\(context.strings.pulseMark))" : ""
            let name = SVGText.escape(shown[i].wave.name + mark)
            svg += "<text x=\"\(f(x(i)))\" y=\"\(f(height - 8))\" font-size=\"11\" text-anchor=\"middle\">\(name)</text>"
        }
        return .raw(svg + "</svg>")
    }
}

extension TrendPage {
    func breadcrumbs(_ strings: any Strings) -> [Breadcrumb] {
        wave.breadcrumbs(organisation: organisationID, belowResults: true, page: scale.scale.name(strings.language), strings)
    }
}
