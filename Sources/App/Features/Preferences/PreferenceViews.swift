import Foundation
import Plot
import VeerkrachtCore

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
    /// who share their profile by name.
    static func teamMix(_ summary: TeamMixSummary, _ s: any Strings, _ language: VeerkrachtCore.Language) -> Node<HTML.BodyContext> {
        .group(
            .unwrap(
                summary.view.mix, { mix in mixDetails(mix, summary, s, language) },
                else: .p(.class("notice"), .text(s.mixSuppressed(threshold: summary.threshold)))),
            .h2(.text(s.namedTitle)),
            summary.view.named.isEmpty
                ? .p(.class("hint"), .text(s.namedNone))
                : .ul(
                    .forEach(summary.view.named) { member in
                        .li(.strong(.text(member.name)), .text(": " + member.ranking.map { name($0, language) }.joined(separator: " › ")))
                    })
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
