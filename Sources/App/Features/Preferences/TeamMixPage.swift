import Foundation
import Plot
import VeerkrachtCore

/// A team's learning-preference mix for advisors and managers, with the switch that opens it
/// to the team's members.
struct TeamMixPage: PageInOrganisation {
    let organisationID: UUID
    let wave: WaveSummary
    let tree: UnitTree
    let unit: UUID?
    /// nil when the wave has no learning-preference scan.
    let summary: TeamMixSummary?
    let openToMembers: Bool
    var namesPage = 1

    func title(_ strings: any Strings) -> String { "\(strings.teamMixTitle): \(wave.name)" }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let org = organisationID
        return .group(
            .p(
                .a(.href(Route.wave(org, wave: wave.id).path), .text(wave.name)), .text(" · "),
                .a(.href(Route.learningLanguage(org).path), .text(s.languageTitle))),
            .p(.text(s.teamMixIntro)),
            .form(
                .class("filter"), .method(.get), .action(Route.teamMix(org, wave: wave.id).path),
                Forms.unitSelect(
                    "unit", label: s.groupLabel, units: UnitChoices(tree: tree), topLabel: s.wholeOrganisation,
                    selected: unit?.uuidString ?? ""),
                .button(.type(.submit), .text(s.showSubmit))),
            .unwrap(
                summary,
                { summary in
                    .group(
                        .h2(.text(summary.unitName)),
                        .unwrap(unit) { unit in
                            .form(
                                .class("inline"), .method(.post), .action(Route.teamMixMembers(org, wave: wave.id).path),
                                Forms.csrf(context),
                                .input(.type(.hidden), .name("unit"), .value(unit.uuidString)),
                                .input(.type(.hidden), .name("open"), .value(openToMembers ? "0" : "1")),
                                .span(.text(s.membersAccess(openToMembers) + " ")),
                                .button(.type(.submit), .class("secondary"), .text(s.membersToggle(openToMembers))))
                        },
                        PreferenceViews.teamMix(
                            summary, s, context.language,
                            names: NamedPage(
                                number: namesPage,
                                path: Route.teamMix(org, wave: wave.id).path + (unit.map { "?unit=\($0.uuidString)" } ?? "")))
                    )
                }, else: .p(.class("notice"), .text(s.noProfilesInWave)))
        )
    }
}

/// Per unit how differently people learn, next to the spread of the demographic bands; only
/// groups the disclosure rule shows.
struct DiversityPage: PageInOrganisation {
    let organisationID: UUID
    let wave: WaveSummary
    let tree: UnitTree
    let results: WaveResults
    /// Per node of `results`, the profile mix where it may be shown.
    let mixes: [PreferenceMix?]
    let bands: [[[Int?]]]

    func title(_ strings: any Strings) -> String { "\(strings.diversityTitle): \(wave.name)" }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            .p(.a(.href(Route.wave(organisationID, wave: wave.id).path), .text(wave.name))),
            .p(.class("hint"), .text(s.diversityIntro)),
            .div(
                .class("scroll"),
                .table(
                    .class("results"),
                    .thead(
                        .tr(
                            .th(.text(s.groupLabel)), .th(.class("number"), .text(s.respondentsLabel)),
                            .th(.class("number"), .text(s.diversityLabel)), .th(.text(s.mostCommonLabel)),
                            .forEach(BandDimension.allCases) { .th(.text(s.dimensionName($0))) })),
                    .tbody(.forEach(results.nodes.indices) { node in row(node, context) })
                ))
        )
    }

    private func row(_ node: Int, _ context: PageContext) -> Node<HTML.TableContext> {
        let s = context.strings
        let label = node == 0 ? s.wholeOrganisation : results.nodes[node].flatMap { tree.nodes[$0]?.name } ?? ""
        let name = Node<HTML.TableRowContext>.th(
            .attribute(named: "scope", value: "row"), .class("depth-\(min(results.depths[node], 8))"), .text(label))
        guard results.isShown(ResultGroup(unit: results.nodes[node])) else {
            return .tr(
                name,
                .td(
                    .attribute(named: "colspan", value: "\(3 + BandDimension.allCases.count)"), .class("suppressed"),
                    .text(s.belowThreshold)))
        }
        let mix = mixes[node]
        return .tr(
            name,
            .td(.class("number"), .text(mix.map { "\($0.people)" } ?? "–")),
            .td(.class("number"), .text(mix.map { s.decimal($0.diversity * 100) } ?? s.belowThreshold)),
            .td(.text(mix.map { $0.mostCommon.map { PreferenceViews.name($0, context.language) }.joined(separator: ", ") } ?? "")),
            .forEach(BandDimension.allCases) { dimension in .td(.class("bands"), .text(spread(node, dimension, s))) }
        )
    }

    /// "30-39 25% · 40-49 31% · other 44%": the shown bands, the rest together.
    private func spread(_ node: Int, _ dimension: BandDimension, _ s: any Strings) -> String {
        let counts = bands[node][dimension.rawValue]
        let total = results.tally(ResultGroup(unit: results.nodes[node]))?.respondents ?? 0
        guard total > 0 else { return "" }
        var parts: [String] = []
        var shown = 0
        for (band, count) in counts.enumerated() where band > 0 {
            guard let count, count > 0 else { continue }
            shown += count
            parts.append(
                "\(s.bandName(results.bandLabels[dimension.rawValue][band - 1], of: dimension)) \(s.percentage(Double(count) / Double(total)))"
            )
        }
        if total - shown > 0 { parts.append("\(s.otherBands) \(s.percentage(Double(total - shown) / Double(total)))") }
        return parts.joined(separator: " · ")
    }
}

/// The five learning preferences explained, for everyone in the organisation.
struct LearningLanguagePage: PageInOrganisation {
    let organisationID: UUID

    func title(_ strings: any Strings) -> String { strings.languageTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            .p(.text(s.languageIntro)),
            .forEach(PreferenceGuide.all) { guide in
                .section(
                    .h2(.text(PreferenceViews.name(guide.preference, context.language))),
                    PreferenceViews.guide(guide, s, context.language),
                    .h3(.text(s.colleaguesTitle)),
                    .p(.text(guide.workingWith(context.language)))
                )
            }
        )
    }
}

extension TeamMixPage {
    var isWide: Bool { true }
    func breadcrumbs(_ strings: any Strings) -> [Breadcrumb] {
        wave.breadcrumbs(organisation: organisationID, page: strings.teamMixTitle, strings)
    }
}

extension DiversityPage {
    var isWide: Bool { true }
    func breadcrumbs(_ strings: any Strings) -> [Breadcrumb] {
        wave.breadcrumbs(organisation: organisationID, page: strings.diversityTitle, strings)
    }
}
