import Foundation
import Plot
import VeerkrachtCore

/// One agreed action: what, who, by when, and its follow-up pulses with the before → after of
/// each closed one; managers and advisors schedule a new pulse here.
struct ActionPage: PageInOrganisation {
    /// The scheduling form as typed (or as first offered).
    struct PulseForm: Sendable {
        var topics: [String]
        var unit: String
        var weeks: String
        var days: String

        init(_ fields: [(name: String, value: String)]) {
            topics = fields.filter { $0.name == "questions[]" }.map(\.value)
            unit = FormFields.value("unit", in: fields) ?? ""
            weeks = FormFields.value("weeks", in: fields) ?? ""
            days = FormFields.value("days", in: fields) ?? ""
        }

        /// The action's own question, for the conversation's unit, four weeks after the due date, two weeks open.
        init(action: ConversationAction, unit: UUID?) {
            topics = [action.topic.rawValue]
            self.unit = unit?.uuidString ?? ""
            weeks = "4"
            days = "14"
        }
    }

    let organisationID: UUID
    let conversation: Conversation
    let stored: StoredAction
    let followUps: [PulseFollowUp]
    let tree: UnitTree
    let canWrite: Bool
    var form: PulseForm
    let advice: String?
    var notice: String?
    var refusal: String?

    func title(_ strings: any Strings) -> String { stored.action.what }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let text = DashboardText(context.language)
        let action = stored.action
        return .group(
            Forms.notice(notice, kind: .success),
            .dl(
                .class("facts"),
                .dt(.text(s.actionWhoLabel)), .dd(.text(action.who)),
                .dt(.text(s.actionDueLabel)), .dd(.text(s.day(action.due))),
                .dt(.text(s.actionTopicLabel)), .dd(.text(text.question(action.topic))),
                .dt(.text(s.actionStatusLabel)),
                .dd(.text(s.actionStatus(action.status)), .if(!stored.note.isEmpty, .text(" — \(stored.note)")))),
            .section(
                .id("follow-up"),
                .h2(.text(s.followUpTitle)),
                .p(.class("hint"), .text(s.followUpIntro)),
                followUps.isEmpty ? .p(.text(s.followUpNone)) : .group(.forEach(followUps) { pulse(context, $0) })),
            .if(canWrite, scheduleForm(context))
        )
    }

    private func pulse(_ context: PageContext, _ followUp: PulseFollowUp) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .div(
            .class("pulse"),
            .h3(.a(.href(Route.wave(organisationID, wave: followUp.pulse.id).path), .text(followUp.pulse.name))),
            .p(
                .text(FollowUpView.status(followUp, s)),
                .text(" · \(followUp.unit.map(tree.path(of:)) ?? s.wholeOrganisation)")),
            followUp.isClosed ? FollowUpView.table(followUp, context) : .empty)
    }

    private func scheduleForm(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let text = DashboardText(context.language)
        return .section(
            .id("schedule-pulse"),
            .h2(.text(s.pulseScheduleHeading)),
            Forms.notice(refusal),
            .unwrap(advice) { .p(.class("notice info"), .text($0)) },
            .form(
                .method(.post), .action(Route.actionPulse(organisationID, conversation: stored.conversation, action: stored.id).path),
                Forms.csrf(context),
                Forms.checkboxes(
                    "questions[]", legend: s.pulseQuestionsLabel,
                    options: Topic.conversation.map { ($0.rawValue, text.question($0)) }, chosen: Set(form.topics)),
                Forms.unitSelect(
                    "unit", label: s.pulseUnitLabel, units: UnitChoices(tree: tree), topLabel: s.wholeOrganisation,
                    selected: form.unit),
                Forms.field(
                    "weeks", label: s.pulseWeeksLabel, type: .number, value: form.weeks, required: true, hint: s.pulseWeeksHint),
                Forms.field("days", label: s.pulseDaysLabel, type: .number, value: form.days, required: true),
                Forms.submit(s.pulseSubmit)))
    }
}

extension ActionPage {
    func breadcrumbs(_ strings: any Strings) -> [Breadcrumb] {
        [
            Breadcrumb(label: strings.conversationsTitle, path: Route.conversations(organisationID).path),
            Breadcrumb(label: conversation.title, path: Route.conversation(organisationID, conversation: conversation.id).path),
            Breadcrumb(label: stored.action.what, path: nil)
        ]
    }
}
