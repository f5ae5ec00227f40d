import Foundation
import Plot
import VeerkrachtCore

/// A person's own learning-preference profile, reached with their personal link: scores and
/// order, what the two strongest mean, one experiment with the weakest, learning with
/// colleagues of the other preferences, and the person's choices. Prints on one A4.
struct ProfilePage: SurveyPage {
    let token: String
    /// nil once the person deleted it.
    let profile: LearningProfile?
    let shared: Bool
    let counted: Bool

    func title(_ strings: any Strings) -> String { strings.profilePageTitle }

    func body(_ s: any Strings, language: VeerkrachtCore.Language) -> Node<HTML.BodyContext> {
        guard let profile else {
            return .group(.p(.class("notice"), .text(s.profileDeleted)), .p(.text(s.countedStatus(counted))))
        }
        let ranking = profile.ranking
        return .div(
            .class("profile"),
            .p(.text(s.profileOrderIntro)),
            BarChart.bars(
                ranking.map { (PreferenceViews.name($0, language), profile.scores[$0] ?? 0) }, low: 1, high: 5,
                label: s.profileCaption, format: s.decimal),
            .table(
                .class("results"),
                .caption(.text(s.profileCaption)),
                .thead(.tr(.th(.text(s.rankLabel)), .th(.text(s.preferenceLabel)), .th(.class("number"), .text(s.scoreLabel)))),
                .tbody(
                    .forEach(ranking.enumerated()) { index, preference in
                        .tr(
                            .td(.text("\(index + 1)")), .td(.text(PreferenceViews.name(preference, language))),
                            .td(.class("number"), .text(s.decimal(profile.scores[preference]!))))
                    })
            ),
            // In print the two strongest stand side by side, so the page fits one A4.
            .div(
                .class("strongest"),
                .forEach(ranking.prefix(2).enumerated()) { index, preference in
                    .section(
                        .h2(.text(s.strongestTitle(index + 1, PreferenceViews.name(preference, language)))),
                        PreferenceViews.guide(PreferenceGuide.of(preference), s, language))
                }),
            .section(
                .h2(.text(s.weakestTitle(PreferenceViews.name(ranking.last!, language)))),
                .p(.text(PreferenceGuide.of(ranking.last!).experiment(language)))),
            .section(
                .h2(.text(s.colleaguesTitle)),
                .ul(
                    .forEach(ranking.dropFirst()) { preference in
                        .li(
                            .strong(.text(s.withColleague(PreferenceViews.name(preference, language)) + ": ")),
                            .text(PreferenceGuide.of(preference).workingWith(language)))
                    })),
            .p(.text(s.sharingStatus(shared, counted: counted))),
            .p(.text(s.countedStatus(counted))),
            .div(
                .class("no-print"),
                .form(
                    .class("inline"), .method(.post), .action(Route.surveyProfileShare(token: token).path),
                    .button(.type(.submit), .class("secondary"), .name("share"), .value(shared ? "0" : "1"), .text(s.sharingToggle(shared)))
                ),
                .form(
                    .class("inline"), .method(.post), .action(Route.surveyProfileDelete(token: token).path),
                    .button(.type(.submit), .class("secondary"), .text(s.deleteSubmit))),
                .p(.class("hint"), .text(s.printHint))
            )
        )
    }
}

/// The team's mix as a member sees it, once the team's manager opened it.
struct SurveyTeamPage: SurveyPage {
    let summary: TeamMixSummary?
    /// The page of named members, and this page's address for the pager.
    var names = NamedPage(number: 1, path: "")

    func title(_ strings: any Strings) -> String { strings.teamMixTitle }

    func body(_ s: any Strings, language: VeerkrachtCore.Language) -> Node<HTML.BodyContext> {
        guard let summary else { return .p(.class("notice"), .text(s.teamNotOpened)) }
        return .group(.h2(.text(summary.unitName)), .p(.text(s.teamMixIntro)), PreferenceViews.teamMix(summary, s, language, names: names))
    }
}
