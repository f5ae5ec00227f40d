import Foundation
import Plot
import VeerkrachtCore

/// Thanks, and the person's own learning-preference scores when the wave asked for them.
struct SurveyThanksPage: SurveyPage {
    let profile: LearningProfile?
    var token = ""

    func title(_ strings: any Strings) -> String { strings.surveyThanksTitle }

    func body(_ s: any Strings, language: VeerkrachtCore.Language) -> Node<HTML.BodyContext> {
        .group(
            .p(.text(s.surveyThanksText)),
            .unwrap(profile) { profile in
                .group(
                    .h2(.text(s.profileTitle)),
                    .p(.text(s.profileIntro)),
                    .table(
                        .caption(.text(s.profileCaption)),
                        .thead(.tr(.th(.text(s.rankLabel)), .th(.text(s.preferenceLabel)), .th(.class("number"), .text(s.scoreLabel)))),
                        .tbody(
                            .forEach(profile.ranking.enumerated()) { index, preference in
                                .tr(
                                    .td(.text("\(index + 1)")), .td(.text(Self.name(preference, language))),
                                    .td(.class("number"), .text(s.decimal(profile.scores[preference]!))))
                            })
                    ),
                    .p(
                        .a(.href(Route.surveyProfile(token: token).path), .text(s.viewProfileLink)), .text(" · "),
                        .a(.href(Route.surveyTeam(token: token).path), .text(s.teamMixTitle))),
                    .p(.class("hint"), .text(s.profileKeepLink))
                )
            }
        )
    }

    static func name(_ preference: LearningPreference, _ language: VeerkrachtCore.Language) -> String {
        LearningPreferenceScan.version1.scales.first { $0.code == preference.rawValue }?.name(language) ?? preference.rawValue
    }
}

/// A link that cannot be answered now, or an answer that already arrived: what happened and
/// what the person can do.
struct SurveyMessagePage: SurveyPage {
    enum Kind: Sendable {
        case unknownLink
        case notYetOpen(Date, TimeZone)
        case closed
        case alreadySubmitted(thanks: String)
    }

    let kind: Kind

    func title(_ strings: any Strings) -> String {
        switch kind {
        case .unknownLink: strings.surveyUnknownTitle
        case .notYetOpen: strings.surveyNotYetOpenTitle
        case .closed: strings.surveyClosedTitle
        case .alreadySubmitted: strings.surveyAlreadySubmittedTitle
        }
    }

    func body(_ s: any Strings, language: VeerkrachtCore.Language) -> Node<HTML.BodyContext> {
        switch kind {
        case .unknownLink: .p(.text(s.surveyUnknownText))
        case .notYetOpen(let date, let zone): .p(.text(s.surveyNotYetOpenText(s.dateTime(date, in: zone))))
        case .closed: .p(.text(s.surveyClosedText))
        case .alreadySubmitted(let thanks): .group(.p(.text(s.surveyAlreadySubmittedText)), .p(.a(.href(thanks), .text(s.surveyToThanks))))
        }
    }
}
