import Foundation
import Plot
import VeerkrachtCore

/// A conversation on paper: the agenda before (figures, questions, room to write) and the
/// minutes after (the figures it was held on, notes and agreed actions).
struct ConversationPrintPage: Page {
    enum Kind: Sendable { case agenda, minutes }

    let guide: ConversationPage
    let kind: Kind

    var frameOrganisationID: UUID? { guide.organisationID }

    func title(_ strings: any Strings) -> String {
        kind == .agenda ? strings.agendaTitle(guide.conversation.title) : strings.minutesTitle(guide.conversation.title)
    }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let text = DashboardText(context.language)
        let conversation = guide.conversation
        return .div(
            .class("print-document \(kind == .agenda ? "agenda" : "minutes")"),
            .p(
                .class("no-print"),
                .a(.href(Route.conversation(guide.organisationID, conversation: conversation.id).path), .text(conversation.title)),
                .text(" · "), .span(.class("hint"), .text(s.printA4Hint))),
            .p(
                .text(conversation.heldOn.map { s.heldOn(s.day($0)) } ?? s.plannedOn(s.day(conversation.plannedOn))),
                .text(" · \(guide.unitName ?? s.wholeOrganisation)")),
            .h2(.text(s.openActionsTitle)),
            guide.earlierOpen.isEmpty ? .p(.text(s.noOpenActions)) : plainActions(guide.earlierOpen, context),
            .forEach(Topic.conversation) { topic in
                let assessment = guide.dashboard.assessment(topic)
                let agreed = guide.agreed(on: topic)
                return .section(
                    .class("question"),
                    .h2(.text(text.question(topic))),
                    .p(AssessmentView.badge(assessment.verdict, text, s)),
                    .ul(.forEach(text.story(assessment).dropFirst()) { .li(.text($0)) }),
                    kind == .agenda
                        ? .group(
                            .h3(.text(s.reflectionTitle)),
                            .ol(.forEach(ReflectionQuestions.of(topic)) { .li(.text(context.language == .nl ? $0.nl : $0.en)) }),
                            .div(.class("writing-space"), .text(s.notesLines)))
                        : .group(
                            .h3(.text(s.notesLabel)), .p(.text(conversation.notes[topic] ?? s.noNotes)),
                            .h3(.text(s.agreedActionsTitle)),
                            agreed.isEmpty ? .p(.text(s.nothingHere)) : plainActions(agreed, context))
                )
            }
        )
    }

    private func plainActions(_ list: [StoredAction], _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let text = DashboardText(context.language)
        return .table(
            .class("results"),
            .thead(
                .tr(
                    .th(.text(s.actionWhatLabel)), .th(.text(s.actionWhoLabel)), .th(.text(s.actionDueLabel)),
                    .th(.text(s.actionTopicLabel)), .th(.text(s.actionStatusLabel)))),
            .tbody(
                .forEach(list) { stored in
                    .tr(
                        .td(.text(stored.action.what)), .td(.text(stored.action.who)),
                        .td(
                            .text(
                                s.day(stored.action.due)
                                    + (stored.action.isOverdue(on: guide.today) ? " (\(s.overdueMarkAction))" : ""))),
                        .td(.text(text.shortName(stored.action.topic))),
                        .td(.text(s.actionStatus(stored.action.status) + (stored.note.isEmpty ? "" : " — \(stored.note)"))))
                }))
    }
}
