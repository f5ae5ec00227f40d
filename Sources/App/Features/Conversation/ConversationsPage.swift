import Foundation
import Plot
import VeerkrachtCore

/// The organisation's conversations, newest first, and the form to prepare the next one.
struct ConversationsPage: PageInOrganisation {
    let organisationID: UUID
    let conversations: [Conversation]
    let actions: [StoredAction]
    let tree: UnitTree
    let canWrite: Bool
    let today: CalendarDate
    var problems: [String: String] = [:]
    var values: [String: String] = [:]

    func title(_ strings: any Strings) -> String { strings.conversationsTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let org = organisationID
        return .group(
            .p(.a(.href(Route.dashboard(org).path), .text(s.dashboardTitle))),
            conversations.isEmpty
                ? .p(.class("notice"), .text(s.conversationsEmpty))
                : .table(
                    .class("results"),
                    .thead(
                        .tr(
                            .th(.text(s.conversationTitleLabel)), .th(.text(s.plannedOnLabel)), .th(.text(s.groupLabel)),
                            .th(.class("number"), .text(s.agreedActionsTitle)))),
                    .tbody(
                        .forEach(conversations) { conversation in
                            let own = actions.filter { $0.conversation == conversation.id }
                            return .tr(
                                .td(.a(.href(Route.conversation(org, conversation: conversation.id).path), .text(conversation.title))),
                                .td(
                                    .text(
                                        conversation.heldOn.map { s.heldOn(s.day($0)) }
                                            ?? s.plannedOn(s.day(conversation.plannedOn)))),
                                .td(.text(conversation.unit.flatMap { tree.nodes[$0]?.name } ?? s.wholeOrganisation)),
                                .td(.class("number"), .text("\(own.filter { $0.action.status == .open }.count) / \(own.count)")))
                        })),
            .if(
                canWrite,
                .section(
                    .h2(.text(s.conversationStartTitle)),
                    .form(
                        .method(.post), .action(Route.conversations(org).path), Forms.csrf(context),
                        Forms.field(
                            "title", label: s.conversationTitleLabel, value: values["title"] ?? "", required: true, error: problems["title"]
                        ),
                        Forms.field(
                            "planned_on", label: s.plannedOnLabel, value: values["planned_on"] ?? today.description,
                            required: true, hint: s.dateHint, error: problems["planned_on"]),
                        Forms.unitSelect(
                            "unit", label: s.groupLabel, units: UnitChoices(tree: tree), topLabel: s.wholeOrganisation,
                            selected: values["unit"] ?? "", error: problems["unit"]),
                        Forms.submit(s.startSubmit))))
        )
    }
}
