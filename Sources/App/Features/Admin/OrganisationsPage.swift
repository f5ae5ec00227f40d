import Foundation
import Plot

/// The installation administrator's list of organisations, with a form to add one.
struct OrganisationsPage: Page {
    struct Row: Sendable {
        let id: UUID
        let name: String
        let members: Int
    }

    let organisations: [Row]
    var name = ""
    var problem: FieldProblem?

    func title(_ strings: any Strings) -> String { strings.organisationsTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            .if(
                organisations.isEmpty, .p(.text(s.organisationsEmpty)),
                else: .table(
                    .caption(.text(s.organisationsTitle)),
                    .thead(.tr(.th(.text(s.nameLabel)), .th(.text(s.membersHeading)))),
                    .tbody(
                        .forEach(organisations) { row in
                            .tr(
                                .td(.a(.href(Route.adminOrganisation(row.id).path), .text(row.name))),
                                .td(.class("number"), .text("\(row.members)")))
                        })
                )),
            .p(.a(.href(Route.adminAudit.path), .text(s.auditTitle))),
            .h2(.text(s.organisationCreateHeading)),
            Forms.notice(problem?.message),
            .form(
                .method(.post), .action(Route.adminOrganisations.path),
                Forms.csrf(context),
                Forms.field("name", label: s.nameLabel, value: name, required: true, error: FieldProblem.message(problem, for: "name")),
                Forms.submit(s.organisationCreateSubmit)
            )
        )
    }
}
