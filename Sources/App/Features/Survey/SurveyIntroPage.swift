import Foundation
import Plot
import VeerkrachtCore

/// What a respondent reads before the first question: why, how long, who sees what, and whom
/// to ask. Shown until the first page is saved; after that the link resumes where they left off.
struct SurveyIntroPage: SurveyPage {
    let questionnaire: Questionnaire
    let threshold: Int
    let openAnswerThreshold: Int
    /// Where "Start" leads: the first page, or the preview's first page.
    let startPath: String

    /// About eight seconds a statement and a minute an open question, rounded up to five minutes.
    var minutes: Int {
        let items = questionnaire.sections.reduce(0) { $0 + $1.items.count }
        let open = questionnaire.sections.reduce(0) { $0 + $1.openQuestions.count }
        let seconds = items * 8 + open * 60
        return max(5, Int((Double(seconds) / 300).rounded(.up)) * 5)
    }

    func title(_ strings: any Strings) -> String {
        questionnaire.instruments.map { $0.name(strings.language) }.joined(separator: " · ")
    }

    func body(_ s: any Strings, language: VeerkrachtCore.Language) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(s.surveyIntroTitle)),
            .p(.text(s.surveyIntroPurpose)),
            .p(.text(s.surveyIntroDuration(minutes: minutes, pages: questionnaire.sections.count))),
            .p(.text(s.surveyIntroAnonymity(threshold: threshold, openAnswerThreshold: openAnswerThreshold))),
            .p(.text(s.surveyIntro)),
            .p(.class("hint"), .text(s.surveyIntroContact)),
            .p(.a(.class("button"), .href(startPath), .text(s.surveyStart)))
        )
    }
}
