import Foundation
import Plot
import VeerkrachtCore

/// The open answers of one group per question, shuffled and without metadata; an advisor can
/// hide one (the hiding is logged).
struct OpenAnswersPage: PageInOrganisation {
    let organisationID: UUID
    let wave: WaveSummary
    let group: ResultGroup
    /// A page per question shown; nil when the group may not be shown.
    let answers: [OpenAnswerStore.Page]?
    let canHide: Bool
    let threshold: Int
    var notice: String?
    /// One question's answers, a page at a time, rather than the first of every question's.
    var isOneQuestion = false

    func title(_ strings: any Strings) -> String { "\(strings.openAnswersTitle): \(wave.name)" }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let questions = wave.instruments.flatMap(\.openQuestions)
        return .group(
            Forms.notice(notice, kind: .success),
            .p(.a(.href(Route.waveResults(organisationID, wave: wave.id).path), .text(s.resultsTitle))),
            .p(.class("hint"), .text(s.openAnswersExplained)),
            .if(isOneQuestion, .p(.a(.href(link(question: nil, after: nil)), .text(s.allOpenQuestions)))),
            .unwrap(
                answers,
                { pages in
                    .forEach(pages) { page in
                        .group(
                            .h2(.text(questions.first { $0.code == page.questionCode }?.text(context.language) ?? page.questionCode)),
                            page.answers.isEmpty
                                ? .p(.class("hint"), .text(s.noOpenAnswers))
                                : .ul(
                                    .class("open-answers"),
                                    .forEach(page.answers) { answer in
                                        .li(.text(answer.text), .if(canHide, hideButton(answer, context)))
                                    }),
                            .if(page.hasMore, more(page, context))
                        )
                    }
                }, else: .p(.class("notice"), .text(s.groupSuppressed(threshold: threshold))))
        )
    }

    /// From the overview to the question's own pages; on those, on to the answers after the last.
    private func more(_ page: OpenAnswerStore.Page, _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return isOneQuestion
            ? .p(.a(.href(link(question: page.questionCode, after: page.answers.last?.id)), .text(s.nextOpenAnswers)))
            : .p(.a(.href(link(question: page.questionCode, after: nil)), .text(s.moreOpenAnswers)))
    }

    private func link(question: String?, after: UUID?) -> String {
        var parts: [String] = []
        if let unit = group.unit { parts.append("unit=\(unit.uuidString)") }
        if let question { parts.append("question=" + (question.addingPercentEncoding(withAllowedCharacters: Self.plain) ?? "")) }
        if let after { parts.append("after=\(after.uuidString)") }
        let path = Route.waveOpenAnswers(organisationID, wave: wave.id).path
        return parts.isEmpty ? path : path + "?" + parts.joined(separator: "&")
    }

    /// What a query value may hold unescaped (question codes are letters, digits and dots).
    private static let plain = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))

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
