import Foundation
import Plot
import VeerkrachtCore

/// The last page: how much is answered, where the gaps are, and the button that sends it all.
struct SurveyReviewPage: SurveyPage {
    let token: String
    let questionnaire: Questionnaire
    let answers: Answers

    func title(_ strings: any Strings) -> String { strings.surveyReviewTitle }

    func body(_ s: any Strings, language: VeerkrachtCore.Language) -> Node<HTML.BodyContext> {
        let unanswered = questionnaire.unansweredCount(answers)
        let gaps = questionnaire.sections.compactMap { section -> (Questionnaire.Section, Int)? in
            let open = section.items.filter { answers.closed[$0.code] == nil }.count
            return open == 0 ? nil : (section, open)
        }
        return .group(
            .p(.text(s.surveyAnswered(questionnaire.itemCount - unanswered, of: questionnaire.itemCount))),
            .if(
                !gaps.isEmpty,
                .group(
                    .p(.text(s.surveyGapsExplained)),
                    .ul(
                        .forEach(gaps) { section, open in
                            .li(
                                .a(
                                    .href(Route.surveySection(token: token, number: section.number).path),
                                    .text(s.surveyGap(section: sectionName(section, language), unanswered: open))))
                        })
                )),
            .p(.text(s.surveyAnonymityPromise)),
            .form(
                .method(.post), .action(Route.surveySubmit(token: token).path),
                .if(questionnaire.includesLearningPreferences, choices(s)),
                .div(.class("survey-buttons"), .button(.type(.submit), .name("_action"), .value("submit"), .text(s.surveySubmit)))
            ),
            .p(.a(.href(Route.surveySection(token: token, number: questionnaire.sections.count).path), .text(s.surveyPrevious)))
        )
    }

    /// Both unchecked by default: not shared by name, and counted anonymously.
    private func choices(_ s: any Strings) -> Node<HTML.FormContext> {
        .fieldset(
            Forms.legend(s.choicesLegend),
            .div(
                .class("choice"), .input(.type(.checkbox), .id("share"), .name("_share_with_team"), .value("1")),
                .label(.for("share"), .text(s.shareWithTeamChoice))),
            .div(
                .class("choice"), .input(.type(.checkbox), .id("leave-out"), .name("_leave_out_of_results"), .value("1")),
                .label(.for("leave-out"), .text(s.leaveOutChoice)))
        )
    }

    private func sectionName(_ section: Questionnaire.Section, _ language: VeerkrachtCore.Language) -> String {
        [section.instrument.name(language), section.scale?.name(language)].compactMap { $0 }.joined(separator: " — ")
    }
}
