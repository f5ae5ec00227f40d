import Foundation
import Plot
import VeerkrachtCore

/// Which page of a team's named members a view shows, and where its pager links to.
struct NamedPage: Sendable {
    static let size = 100

    /// From 1; a number past the last shows the last page.
    let number: Int
    /// The page's address with what it already asks (a unit), without the page number.
    let path: String

    static func count(_ named: Int) -> Int { max(1, (named + size - 1) / size) }

    func link(_ page: Int) -> String { path + (path.contains("?") ? "&" : "?") + "names=\(page)" }
}

/// Pieces the profile, team and language pages share.
enum PreferenceViews {
    static func name(_ preference: LearningPreference, _ language: VeerkrachtCore.Language) -> String {
        LearningPreferenceScan.version1.scales.first { $0.code == preference.rawValue }?.name(language) ?? preference.rawValue
    }

    static func guide(_ guide: PreferenceGuide, _ s: any Strings, _ language: VeerkrachtCore.Language) -> Node<HTML.BodyContext> {
        .group(
            .p(.text(guide.essence(language))),
            .h3(.text(s.situationsLabel)), .ul(.forEach(guide.situations) { .li(.text($0(language))) }),
            .h3(.text(s.seekLabel)), .ul(.forEach(guide.seek) { .li(.text($0(language))) }),
            .h3(.text(s.avoidLabel)), .ul(.forEach(guide.avoid) { .li(.text($0(language))) })
        )
    }

    /// The team mix: the spread of strongest preferences and the means (when the anonymous
    /// part may be shown), over- and under-representation and the advice, then the members
    /// who share their profile by name, a page at a time (the whole organisation of a large
    /// employer names tens of thousands).
    static func teamMix(
        _ summary: TeamMixSummary, _ s: any Strings, _ language: VeerkrachtCore.Language, names: NamedPage
    ) -> Node<HTML.BodyContext> {
        let named = summary.view.named
        let pages = NamedPage.count(named.count)
        let number = min(max(1, names.number), pages)
        let shown = named[min(named.count, (number - 1) * NamedPage.size)..<min(named.count, number * NamedPage.size)]
        return .group(
            .unwrap(
                summary.view.mix, { mix in mixDetails(mix, summary, s, language) },
                else: .p(.class("notice"), .text(s.mixSuppressed(threshold: summary.threshold)))),
            .h2(.text(s.namedTitle)),
            named.isEmpty
                ? .p(.class("hint"), .text(s.namedNone))
                : .ul(
                    .forEach(Array(shown)) { member in
                        .li(.strong(.text(member.name)), .text(": " + member.ranking.map { name($0, language) }.joined(separator: " › ")))
                    }),
            .if(
                pages > 1,
                .nav(
                    .class("pager"), .attribute(named: "aria-label", value: s.pagesLabel),
                    .if(number > 1, .a(.href(names.link(number - 1)), .text(s.previousPage))),
                    .span(.text(s.pageOf(number, pages))),
                    .if(number < pages, .a(.href(names.link(number + 1)), .text(s.nextPage)))))
        )
    }

    private static func mixDetails(
        _ mix: PreferenceMix, _ summary: TeamMixSummary, _ s: any Strings,
        _ language: VeerkrachtCore.Language
    ) -> Node<HTML.BodyContext> {
        let representation = summary.organisation.map { TeamAdvice.representation(team: mix, organisation: $0) }
        return .group(
            .p(.text(s.mixPeople(mix.people))),
            .h2(.text(s.dominantTitle)),
            BarChart.bars(
                LearningPreference.allCases.map { (name($0, language), mix.dominantShare($0) * 100) }, low: 0, high: 100,
                label: s.dominantTitle, format: { s.percentage($0 / 100) }),
            .table(
                .class("results"),
                .thead(
                    .tr(
                        .th(.text(s.preferenceLabel)), .th(.class("number"), .text(s.dominantTitle + " (%)")),
                        .th(.class("number"), .text(s.meanTitle)))),
                .tbody(
                    .forEach(LearningPreference.allCases) { preference in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(name(preference, language))),
                            .td(.class("number"), .text(s.percentage(mix.dominantShare(preference)))),
                            .td(.class("number"), .text(mix.mean(preference).map(s.decimal2) ?? "–")))
                    })
            ),
            .unwrap(representation) { over, under in
                .group(
                    .if(
                        !over.isEmpty,
                        .p(.strong(.text(s.overLabel + ": ")), .text(over.map { name($0, language) }.joined(separator: ", ")))),
                    .if(
                        !under.isEmpty,
                        .p(.strong(.text(s.underLabel + ": ")), .text(under.map { name($0, language) }.joined(separator: ", "))))
                )
            },
            .h2(.text(s.adviceTitle)),
            summary.advice.isEmpty
                ? .p(.text(s.adviceNone))
                : .ul(
                    .class("advice"),
                    .forEach(summary.advice) { advice in
                        .li(
                            .unwrap(advice.preference) { .strong(.text(name($0, language) + ": ")) },
                            .text(advice.advice(language)),
                            .br(), .span(.class("hint"), .text("\(s.conditionLabel): \(advice.condition(language))")))
                    })
        )
    }
}
