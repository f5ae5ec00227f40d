import Foundation
import Plot
import VeerkrachtCore

/// The open answers of one group per question, shuffled and without metadata; an advisor can
/// hide one (the hiding is logged).
struct OpenAnswersPage: PageInOrganisation {
    let organisationID: UUID
    let wave: WaveSummary
    let group: ResultGroup
    /// nil when the group may not be shown.
    let answers: [OpenAnswerStore.Shown]?
    let canHide: Bool
    let threshold: Int
    var notice: String?

    func title(_ strings: any Strings) -> String { "\(strings.openAnswersTitle): \(wave.name)" }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let questions = wave.instruments.flatMap(\.openQuestions)
        return .group(
            Forms.notice(notice, kind: .success),
            .p(.a(.href(Route.waveResults(organisationID, wave: wave.id).path), .text(s.resultsTitle))),
            .p(.class("hint"), .text(s.openAnswersExplained)),
            .unwrap(
                answers,
                { answers in
                    .forEach(questions) { question in
                        let given = answers.filter { $0.questionCode == question.code }
                        return .group(
                            .h2(.text(question.text(context.language))),
                            given.isEmpty
                                ? .p(.class("hint"), .text(s.noOpenAnswers))
                                : .ul(
                                    .class("open-answers"),
                                    .forEach(given) { answer in
                                        .li(.text(answer.text), .if(canHide, hideButton(answer, context)))
                                    })
                        )
                    }
                }, else: .p(.class("notice"), .text(s.groupSuppressed(threshold: threshold))))
        )
    }

    private func hideButton(_ answer: OpenAnswerStore.Shown, _ context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .class("inline"), .method(.post), .action(Route.waveOpenAnswerHide(organisationID, wave: wave.id, answer: answer.id).path),
            Forms.csrf(context), .button(.type(.submit), .class("secondary"), .text(context.strings.hideAnswer)))
    }
}

extension OpenAnswersPage {
    func breadcrumbs(_ strings: any Strings) -> [Breadcrumb] {
        wave.breadcrumbs(organisation: organisationID, belowResults: true, page: strings.openAnswersTitle, strings)
    }
}
