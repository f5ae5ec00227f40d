import Foundation
import Plot
import VeerkrachtCore

/// One page of a scan: its items as fieldsets of labelled radio buttons, its open question,
/// and buttons to go on or back. Works without JavaScript.
struct SurveySectionPage: SurveyPage {
    let token: String
    let section: Questionnaire.Section
    let sectionCount: Int
    let answers: Answers
    var problems: [AnswerProblem] = []
    /// Problems beyond those listed (`AnswerProblems.reportedAtMost`).
    var unreportedProblems = 0
    /// In an advisor's preview the buttons page through with GET and nothing is kept.
    var previewAction: String?

    func title(_ strings: any Strings) -> String {
        section.instrument.name(strings.language)
    }

    func body(_ s: any Strings, language: VeerkrachtCore.Language) -> Node<HTML.BodyContext> {
        .group(
            .p(.class("progress-text"), .id("progress-label"), .text(s.surveyProgress(page: section.number, of: sectionCount))),
            .element(
                named: "progress",
                nodes: [
                    .attribute(named: "max", value: "\(sectionCount)"), .attribute(named: "value", value: "\(section.number)"),
                    .attribute(named: "aria-labelledby", value: "progress-label")
                ]),
            .unwrap(section.scale.flatMap { s.sectionTitle(instrument: section.instrument.id, scale: $0.code) }) { .h2(.text($0)) },
            .if(
                !problems.isEmpty,
                .div(
                    .class("notice error"), .attribute(named: "role", value: "alert"),
                    .p(.text(s.surveyNothingSaved)),
                    .ul(.forEach(problems) { .li(.text(s.answerProblem($0, item: itemText($0, language)))) }),
                    .if(unreportedProblems > 0, .p(.text(s.moreAnswerProblems(unreportedProblems))))
                )),

            .form(
                .unwrap(
                    previewAction,
                    {
                        // A GET form replaces the action's query, so the page and language travel as fields.
                        .group(
                            .method(.get), .action($0), .input(.type(.hidden), .name("page"), .value("\(section.number)")),
                            .input(.type(.hidden), .name("language"), .value(language.rawValue)))
                    },
                    else: .group(.method(.post), .action(Route.surveySection(token: token, number: section.number).path))),
                .forEach(section.items) { item in itemFieldset(item, s, language) },
                .forEach(section.openQuestions) { question in
                    .div(
                        .class("field"),
                        .label(.for("q-\(question.code)"), .text(question.text(language))),
                        .p(
                            .class("hint"), .id("q-\(question.code)-hint"),
                            .text(s.openAnswerHint(maximum: Answers.maximumOpenAnswerLength))),
                        .textarea(
                            .id("q-\(question.code)"), .name(question.code), .attribute(named: "rows", value: "4"),
                            .attribute(named: "maxlength", value: "\(Answers.maximumOpenAnswerLength)"),
                            .attribute(named: "aria-describedby", value: "q-\(question.code)-hint"),
                            .text(answers.open[question.code] ?? "")))
                },
                // 'Next' comes first, so that Enter in the form goes forward.
                .div(
                    .class("survey-buttons"),
                    .button(
                        .type(.submit), .name("_action"), .value("next"),
                        .text(section.number == sectionCount ? s.surveyToReview : s.surveyNext)),
                    .if(
                        section.number > 1,
                        .button(
                            .type(.submit), .class("secondary"), .name("_action"), .value("previous"),
                            .text(s.surveyPrevious))))
            )
        )
    }

    private func itemFieldset(_ item: Item, _ s: any Strings, _ language: VeerkrachtCore.Language) -> Node<HTML.FormContext> {
        .fieldset(
            .class("item"),
            Forms.legend(item.text(language)),
            .div(
                .class("options"),
                .forEach(item.format.options.enumerated()) { index, option in
                    let value = index + 1
                    let id = "q-\(item.code)-\(value)"
                    return .div(
                        .class("option"),
                        .input(
                            .type(.radio), .id(id), .name(item.code), .value("\(value)"),
                            .checked(answers.closed[item.code] == value)),
                        .label(.for(id), .text(option(language))))
                })
        )
    }

    private func itemText(_ problem: AnswerProblem, _ language: VeerkrachtCore.Language) -> String? {
        switch problem {
        case .outsideScale(let code, _), .tooLong(let code, _):
            section.items.first { $0.code == code }?.text(language) ?? section.openQuestions.first { $0.code == code }?.text(language)
        case .unknownCode: nil
        }
    }
}
