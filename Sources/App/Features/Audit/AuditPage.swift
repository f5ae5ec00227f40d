import Foundation
import Plot

/// Newest first, a hundred at a time.
/// The organisation's log, or (without an organisation) the installation's.
struct AuditPage: Page {
    let organisationID: UUID?
    var frameOrganisationID: UUID? { organisationID }
    let events: [AuditEvent]
    let path: String

    func title(_ strings: any Strings) -> String { strings.auditTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            .p(.class("muted"), .text(s.auditExplanation)),
            .if(
                events.isEmpty, .p(.text(s.auditEmpty)),
                else: .div(
                    .class("scroll"),
                    .table(
                        .thead(.tr(.th(.text(s.auditWhen)), .th(.text(s.auditWho)), .th(.text(s.auditWhat)), .th(.text(s.auditSubject)))),
                        .tbody(
                            .forEach(events) { event in
                                .tr(
                                    .td(.text(s.dateTime(event.at))), .td(.text(event.actor)),
                                    .td(.text(event.action.map(s.auditAction) ?? event.actionName)), .td(.text(event.subject)))
                            })
                    ))),
            .if(
                events.count == AuditLog.pageSize,
                .unwrap(events.last) { last in
                    .p(.a(.href(path + "?before=\(last.at.timeIntervalSince1970)"), .text(s.auditOlder)))
                })
        )
    }
}
