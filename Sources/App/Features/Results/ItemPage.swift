import Foundation
import Plot
import VeerkrachtCore

/// One item: its distribution over the options for the organisation and for every unit shown.
struct ItemPage: PageInOrganisation {
    let organisationID: UUID
    let wave: WaveSummary
    let results: WaveResults
    let column: Int
    let tallies: [GroupTally?]
    let tree: UnitTree

    var item: Item { results.columns[column] }

    func title(_ strings: any Strings) -> String { item.code }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let options = item.format.options.map { $0(context.language) }
        let rows = results.nodes.indices.compactMap { node -> (Int, ItemStatistics)? in
            guard let tally = tallies[node] else { return nil }
            let stats = tally.item(column)
            return stats.descriptives.n >= results.threshold ? (node, stats) : nil
        }
        return .group(
            ProvisionalNotice.node(wave, s),
            .p(.strong(.text(item.text(context.language)))),
            .if(item.reverseKeyed, .p(.class("hint"), .text("↺ " + context.strings.reverseKeyedExplained))),
            .h2(.text(s.perUnitTitle)),
            .table(
                .class("results"),
                .thead(
                    .tr(
                        .th(.text(s.groupLabel)), .th(.class("number"), .text(s.respondentsLabel)),
                        .th(.class("number"), .text(s.meanLabel)),
                        .forEach(options) { .th(.class("number"), .text($0)) },
                        .th(.text(s.distributionLabel)))),
                .tbody(
                    .forEach(rows) { node, stats in
                        let name = node == 0 ? s.wholeOrganisation : results.nodes[node].flatMap { tree.nodes[$0]?.name } ?? ""
                        let shares = DistributionBar.shares(stats.distribution, strings: s)
                        return .tr(
                            .th(.attribute(named: "scope", value: "row"), .class("depth-\(min(results.depths[node], 8))"), .text(name)),
                            .td(.class("number"), .text("\(stats.descriptives.n)")),
                            .td(.class("number"), .text(s.decimal2(stats.descriptives.mean))),
                            .forEach(shares) { .td(.class("number"), .text($0)) },
                            .td(DistributionBar.svg(stats.distribution, label: "\(name): " + shares.joined(separator: ", ")))
                        )
                    })
            )
        )
    }
}

extension ItemPage {
    var isWide: Bool { true }
    func breadcrumbs(_ strings: any Strings) -> [Breadcrumb] {
        wave.breadcrumbs(organisation: organisationID, belowResults: true, page: item.code, strings)
    }
}
