import Foundation
import Plot
import VeerkrachtCore

/// A wave's results for one group: its scales with mean, interval, n and α, the distribution
/// as a bar, then the strongest items before the weakest.
struct ResultsPage: PageInOrganisation {
    let organisationID: UUID
    let wave: WaveSummary
    let tree: UnitTree
    let results: WaveResults
    let group: ResultGroup
    /// nil when the group may not be shown.
    let tally: GroupTally?
    let isAdvisor: Bool

    /// `?unit=…` for links to other views of the same unit.
    private var unitQuery: String { group.unit.map { "?unit=\($0.uuidString)" } ?? "" }

    /// How many items each of the two lists shows.
    static let listLength = 5

    func title(_ strings: any Strings) -> String { "\(strings.resultsTitle): \(wave.name)" }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let org = organisationID
        return .group(
            .p(
                .a(.href(Route.wave(org, wave: wave.id).path), .text(wave.name)), .text(" · "),
                .a(.href(Route.waveHeatmap(org, wave: wave.id).path), .text(s.heatmapTitle)), .text(" · "),
                .a(.href(Route.waveOpenAnswers(org, wave: wave.id).path + unitQuery), .text(s.openAnswersTitle)), .text(" · "),
                .a(.href(Route.waveAggregatesCSV(org, wave: wave.id).path), .text(s.exportAggregates)),
                .if(isAdvisor, .group(.text(" · "), .a(.href(Route.waveResponsesCSV(org, wave: wave.id).path), .text(s.exportResponses))))),
            ProvisionalNotice.node(wave, s),
            filter(context),
            content(context)
        )
    }

    private func content(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        guard results.respondents > 0 else { return .p(.class("notice"), .text(results.isWithheld ? s.resultsWithheld : s.noResponsesYet)) }
        guard let tally else { return .p(.class("notice"), .text(s.groupSuppressed(threshold: results.threshold))) }
        return .group(
            .p(.text("\(s.respondentsLabel) = \(tally.respondents)")),
            .h2(.text(s.scalesTitle)),
            scaleTable(tally, context),
            .h2(.text(s.strengthsTitle)),
            .p(.class("hint"), .text(s.strengthsFirstExplained)),
            itemList(tally, strongest: true, context),
            .h2(.text(s.attentionTitle)),
            itemList(tally, strongest: false, context)
        )
    }

    private func filter(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        // Only the wave's breakdown dimension: the others are never shown (rule 0 of `Disclosure`).
        let offered = BandFilter.all.filter { $0.dimension == results.disclosure.breakdownDimension }
        let bands = [("", s.everyone)] + offered.map { ($0.text, s.bandName($0.label, of: $0.dimension)) }
        let selectedBand: String? = group.band.map { band in
            BandFilter(dimension: band.dimension, label: results.bandLabels[band.dimension.rawValue][safe: band.index - 1] ?? "").text
        }
        let bandsLabel = results.disclosure.breakdownDimension.map(s.dimensionName) ?? s.noBreakdown
        return .form(
            .class("filter"), .method(.get), .action(Route.waveResults(organisationID, wave: wave.id).path),
            Forms.unitSelect(
                "unit", label: s.groupLabel, units: UnitChoices(tree: tree), topLabel: s.wholeOrganisation,
                selected: group.unit?.uuidString ?? ""),
            Forms.select("band", label: bandsLabel, options: bands.map { (value: $0.0, label: $0.1) }, selected: selectedBand ?? ""),
            .button(.type(.submit), .text(s.showSubmit)),
            .p(.class("hint"), .text(s.breakdownExplained(results.disclosure.breakdownDimension.map(s.dimensionName))))
        )
    }

    private func scaleTable(_ tally: GroupTally, _ context: PageContext) -> Node<HTML.BodyContext> {
        ScaleTable.render(results: results, group: group, tally: tally, context) {
            Route.waveTrend(organisationID, wave: wave.id, scale: $0.key).path + unitQuery
        }
    }

    private func itemList(_ tally: GroupTally, strongest: Bool, _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        // Items are compared after keying: a high score is always the favourable side. Only
        // statements count: a learning preference is neither a strength nor a weakness.
        let items = results.columns.indices.compactMap { column -> (Item, ItemStatistics, Double)? in
            let stats = tally.item(column)
            let item = results.columns[column]
            // An item few people answered is left out like a group too small.
            guard stats.descriptives.n >= results.threshold, item.format == .agreement else { return nil }
            let keyedMean = item.reverseKeyed ? Double(ResponseFormat.points + 1) - stats.descriptives.mean : stats.descriptives.mean
            return (item, stats, keyedMean)
        }.sorted { strongest ? ($0.2, $1.0.code) > ($1.2, $0.0.code) : ($0.2, $0.0.code) < ($1.2, $1.0.code) }
        return .ol(
            .class("items"),
            .forEach(items.prefix(Self.listLength)) { item, stats, keyed in
                .li(
                    .a(.href(Route.waveItem(organisationID, wave: wave.id, item: item.code).path), .text(item.text(context.language))),
                    .span(
                        .class("hint"),
                        .text(" — \(item.code): \(s.decimal2(keyed))\(item.reverseKeyed ? " ↺" : ""), n = \(stats.descriptives.n)")))
            })
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension ResultsPage {
    var isWide: Bool { true }
    func breadcrumbs(_ strings: any Strings) -> [Breadcrumb] {
        wave.breadcrumbs(organisation: organisationID, page: strings.resultsTitle, strings)
    }
}
