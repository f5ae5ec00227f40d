import Foundation
import Plot
import VeerkrachtCore

/// The guide for one conversation: the open actions of earlier conversations first, then per
/// question its key figures, questions to open with, notes and the actions agreed on.
struct ConversationPage: PageInOrganisation {
    struct FailedAction: Sendable {
        let topic: Topic
        let problems: [ConversationAction.Problem]
        let fields: [String: String]
    }

    let organisationID: UUID
    let conversation: Conversation
    /// Frozen when the conversation was held, live before.
    let dashboard: Dashboard
    let actions: [StoredAction]
    let programmes: [(id: UUID, name: String)]
    let unitName: String?
    let canWrite: Bool
    let today: CalendarDate
    var failed: FailedAction?
    var noteProblem: (topic: Topic, text: String)?

    func title(_ strings: any Strings) -> String { conversation.title }

    /// Open actions agreed before this conversation was prepared (not those of later ones).
    var earlierOpen: [StoredAction] {
        actions.filter { $0.conversation != conversation.id && $0.action.status == .open && $0.createdAt <= conversation.createdAt }
    }
    func agreed(on topic: Topic) -> [StoredAction] { actions.filter { $0.conversation == conversation.id && $0.action.topic == topic } }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let org = organisationID
        return .group(
            .p(.a(.href(Route.conversations(org).path), .text(s.conversationsTitle))),
            .p(
                .text(conversation.heldOn.map { s.heldOn(s.day($0)) } ?? s.plannedOn(s.day(conversation.plannedOn))),
                .text(" · \(unitName ?? s.wholeOrganisation)")),
            .p(
                .class("actions"),
                .a(.href(Route.conversationAgenda(org, conversation: conversation.id).path), .text(s.agendaLink)),
                .a(.href(Route.conversationMinutes(org, conversation: conversation.id).path), .text(s.minutesLink))),
            .if(failed != nil, Forms.notice(failed.map { _ in s.programmeHasProblems })),
            openActions(context),
            .forEach(Topic.conversation) { topic(context, $0) },
            .if(
                canWrite && conversation.heldOn == nil,
                .form(
                    .method(.post), .action(Route.conversationHeld(org, conversation: conversation.id).path), Forms.csrf(context),
                    .p(.class("hint"), .text(s.markHeldHint)), Forms.submit(s.markHeldSubmit)))
        )
    }

    private func openActions(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .section(
            .id("open-actions"),
            .h2(.text(s.openActionsTitle)),
            earlierOpen.isEmpty ? .p(.text(s.noOpenActions)) : actionTable(earlierOpen, context))
    }

    /// Actions with their status; managers and advisors update each in place.
    func actionTable(_ list: [StoredAction], _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let text = DashboardText(context.language)
        return .div(
            .class("scroll"),
            .table(
                .class("results"),
                .thead(
                    .tr(
                        .th(.text(s.actionWhatLabel)), .th(.text(s.actionWhoLabel)), .th(.text(s.actionDueLabel)),
                        .th(.text(s.actionTopicLabel)), .th(.text(s.actionStatusLabel)))),
                .tbody(
                    .forEach(list) { stored in
                        let action = stored.action
                        return .tr(
                            .td(
                                .text(action.what),
                                .unwrap(action.programme.flatMap { id in programmes.first { $0.id == id } }) { programme in
                                    .group(
                                        .br(),
                                        .a(
                                            .class("hint"), .href(Route.programme(organisationID, programme: programme.id).path),
                                            .text(programme.name)))
                                }),
                            .td(.text(action.who)),
                            .td(
                                .text(s.day(action.due)),
                                .if(action.isOverdue(on: today), .strong(.class("overdue"), .text(" (\(s.overdueMarkAction))")))),
                            .td(.text(text.shortName(action.topic))),
                            .td(
                                canWrite
                                    ? statusForm(stored, context)
                                    : .group(
                                        .text(s.actionStatus(action.status)),
                                        .if(!stored.note.isEmpty, .text(" — \(stored.note)"))))
                        )
                    })))
    }

    private func statusForm(_ stored: StoredAction, _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let id = stored.id.uuidString.prefix(8)
        return .form(
            .class("filter"), .method(.post),
            .action(Route.actionStatus(organisationID, conversation: stored.conversation, action: stored.id).path),
            Forms.csrf(context),
            .input(.type(.hidden), .name("back"), .value(conversation.id.uuidString)),
            Forms.select(
                "status", label: s.actionStatusLabel,
                options: ConversationAction.Status.allCases.map { ($0.rawValue, s.actionStatus($0)) },
                selected: stored.action.status.rawValue, id: "status-\(id)"),
            Forms.field("note", label: s.actionNoteLabel, value: stored.note, id: "note-\(id)"),
            Forms.submit(s.updateSubmit))
    }

    private func topic(_ context: PageContext, _ topic: Topic) -> Node<HTML.BodyContext> {
        let s = context.strings
        let text = DashboardText(context.language)
        let assessment = dashboard.assessment(topic)
        let note = noteProblem?.topic == topic ? noteProblem?.text : conversation.notes[topic]
        return .section(
            .class("question"), .id("topic-\(topic.rawValue)"),
            .h2(.text(text.question(topic))),
            .h3(.text(s.keyFiguresTitle)),
            .if(conversation.figures != nil, .p(.class("hint"), .text(s.frozenFigures))),
            .p(AssessmentView.badge(assessment.verdict, text, s)),
            .ul(.forEach(text.story(assessment).dropFirst()) { .li(.text($0)) }),
            .h3(.text(s.reflectionTitle)),
            .ul(.forEach(ReflectionQuestions.of(topic)) { .li(.text(context.language == .nl ? $0.nl : $0.en)) }),
            canWrite
                ? .form(
                    .method(.post), .action(Route.conversationNotes(organisationID, conversation: conversation.id).path),
                    Forms.csrf(context),
                    .input(.type(.hidden), .name("topic"), .value(topic.rawValue)),
                    Forms.textarea(
                        "note", label: s.notesLabel, value: note ?? "",
                        error: noteProblem?.topic == topic ? s.noteTooLong : nil, id: "note-\(topic.rawValue)"),
                    Forms.submit(s.saveNotes))
                : .group(.h3(.text(s.notesLabel)), .p(.text(note ?? s.noNotes))),
            .h3(.text(s.agreedActionsTitle)),
            agreed(on: topic).isEmpty ? .p(.class("hint"), .text(s.nothingHere)) : actionTable(agreed(on: topic), context),
            .if(canWrite, addForm(context, topic))
        )
    }

    private func addForm(_ context: PageContext, _ topic: Topic) -> Node<HTML.BodyContext> {
        let s = context.strings
        let failed = failed?.topic == topic ? failed : nil
        let problem = { (field: ConversationAction.Problem) in failed?.problems.contains(field) == true ? s.actionProblem(field) : nil }
        let value = { (name: String) in failed?.fields[name] ?? "" }
        let key = topic.rawValue
        return .form(
            .class("add-action"), .method(.post), .action(Route.conversationActions(organisationID, conversation: conversation.id).path),
            Forms.csrf(context),
            .input(.type(.hidden), .name("topic"), .value(key)),
            Forms.field(
                "what", label: s.actionWhatLabel, value: value("what"), required: true,
                error: problem(.whatMissing) ?? problem(.tooLong), id: "what-\(key)"),
            Forms.field("who", label: s.actionWhoLabel, value: value("who"), required: true, error: problem(.whoMissing), id: "who-\(key)"),
            Forms.field(
                "due", label: s.actionDueLabel, value: value("due"), required: true, hint: s.dateHint,
                error: problem(.dueMissing) ?? problem(.dueMalformed), id: "due-\(key)"),
            Forms.select(
                "programme", label: s.actionProgrammeLabel,
                options: [("", s.noneChoice)] + programmes.map { ($0.id.uuidString, $0.name) },
                selected: value("programme"), error: problem(.programmeUnknown), id: "programme-\(key)"),
            Forms.submit(s.addActionSubmit))
    }
}

extension ConversationPage {
    func breadcrumbs(_ strings: any Strings) -> [Breadcrumb] {
        [
            Breadcrumb(label: strings.conversationsTitle, path: Route.conversations(organisationID).path),
            Breadcrumb(label: conversation.title, path: nil)
        ]
    }
}
