import Foundation
import Plot
import VeerkrachtCore

/// The guide for one conversation: the open actions of earlier conversations first, then per
/// question its key figures, questions to open with, notes and the actions agreed on.
struct ConversationPage: PageInOrganisation {
    struct FailedAction: Sendable {
        let topic: Topic
        let problems: [ConversationAction.Problem]
    }

    let organisationID: UUID
    let conversation: Conversation
    /// Frozen when the conversation was held, live before.
    let dashboard: Dashboard
    let actions: [StoredAction]
    /// The follow-up pulses of actions, by action: their before → after sits beside the status.
    var followUps: [UUID: [PulseFollowUp]] = [:]
    let programmes: [(id: UUID, name: String)]
    let unitName: String?
    let canWrite: Bool
    let today: CalendarDate
    var failed: FailedAction?
    var noteProblem: (topic: Topic, text: String)?
    /// The fields of a press that was refused, shown again as typed.
    var typed: [String: String] = [:]

    func title(_ strings: any Strings) -> String { conversation.title }

    /// Every note, new action, status and the "held" step belong to this one form: whichever
    /// button is pressed, everything typed on the page goes along and is kept.
    static let formID = "conversation-work"
    private var form: String { Self.formID }

    /// Open actions agreed before this conversation was prepared (not those of later ones).
    var earlierOpen: [StoredAction] {
        actions.filter { $0.conversation != conversation.id && $0.action.status == .open && $0.createdAt <= conversation.createdAt }
    }
    func agreed(on topic: Topic) -> [StoredAction] { actions.filter { $0.conversation == conversation.id && $0.action.topic == topic } }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let org = organisationID
        return .group(
            // Empty, and first: the page's controls name it (`form="…"`) wherever they stand.
            .if(
                canWrite,
                .form(
                    .id(form), .method(.post), .action(Route.conversationNotes(org, conversation: conversation.id).path),
                    Forms.csrf(context),
                    .input(.type(.hidden), .name("back"), .value(conversation.id.uuidString)))),
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
                .div(
                    .p(.class("hint"), .text(s.markHeldHint)),
                    OwnedControls.button(
                        s.markHeldSubmit, form: form, action: Route.conversationHeld(org, conversation: conversation.id).path)))
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
                                .a(
                                    .href(Route.action(organisationID, conversation: stored.conversation, action: stored.id).path),
                                    .text(action.what)),
                                .forEach(followUps[stored.id] ?? []) { FollowUpView.lines($0, context) },
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

    /// Fields are named after the action, so the statuses of every row travel in the one form.
    private func statusForm(_ stored: StoredAction, _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let id = stored.id.uuidString
        return .div(
            .class("filter"),
            OwnedControls.select(
                "status-\(id)", id: "status-\(id)", label: s.actionStatusLabel,
                options: ConversationAction.Status.allCases.map { ($0.rawValue, s.actionStatus($0)) },
                selected: typed["status-\(id)"] ?? stored.action.status.rawValue, form: form),
            OwnedControls.input(
                "statusnote-\(id)", id: "statusnote-\(id)", label: s.actionNoteLabel, value: typed["statusnote-\(id)"] ?? stored.note,
                form: form),
            OwnedControls.button(
                s.updateSubmit, form: form,
                action: Route.actionStatus(organisationID, conversation: stored.conversation, action: stored.id).path))
    }

    private func topic(_ context: PageContext, _ topic: Topic) -> Node<HTML.BodyContext> {
        let s = context.strings
        let text = DashboardText(context.language)
        let assessment = dashboard.assessment(topic)
        let note = typed["note-\(topic.rawValue)"] ?? conversation.notes[topic]
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
                ? .div(
                    .class("notes"),
                    OwnedControls.textarea(
                        "note-\(topic.rawValue)", id: "note-\(topic.rawValue)", label: s.notesLabel, value: note ?? "", form: form,
                        error: noteProblem?.topic == topic ? s.noteTooLong : nil),
                    OwnedControls.button(
                        s.saveNotes, form: form, action: Route.conversationNotes(organisationID, conversation: conversation.id).path))
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
        let key = topic.rawValue
        // What was typed into every topic's new-action fields comes back after any press.
        let value = { (name: String) in typed["\(name)-\(key)"] ?? "" }
        return .div(
            .class("add-action"),
            OwnedControls.input(
                "what-\(key)", id: "what-\(key)", label: s.actionWhatLabel, value: value("what"), form: form,
                error: problem(.whatMissing) ?? problem(.tooLong)),
            OwnedControls.input(
                "who-\(key)", id: "who-\(key)", label: s.actionWhoLabel, value: value("who"), form: form, error: problem(.whoMissing)),
            OwnedControls.input(
                "due-\(key)", id: "due-\(key)", label: s.actionDueLabel, value: value("due"), form: form, hint: s.dateHint,
                error: problem(.dueMissing) ?? problem(.dueMalformed)),
            OwnedControls.select(
                "programme-\(key)", id: "programme-\(key)", label: s.actionProgrammeLabel,
                options: [("", s.noneChoice)] + programmes.map { ($0.id.uuidString, $0.name) },
                selected: value("programme"), form: form, error: problem(.programmeUnknown)),
            OwnedControls.button(
                s.addActionSubmit, form: form, action: Route.conversationActions(organisationID, conversation: conversation.id).path,
                name: "topic", value: key))
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
