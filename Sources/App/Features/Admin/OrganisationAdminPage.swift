import Foundation
import Plot
import VeerkrachtCore

/// One organisation for the installation administrator: its members, open invitations and a
/// form to invite someone.
struct OrganisationAdminPage: PageInOrganisation {
    struct Member: Sendable {
        let userID: UUID
        let email: String
        let role: Role
    }

    struct OpenInvitation: Sendable {
        let email: String
        let role: Role
        let expiresAt: Date
    }

    enum Outcome: Sendable {
        /// A new invitation; its link is shown this once and never again.
        case invited(email: String, link: String)
        case addedExisting(email: String)
    }

    let organisationID: UUID
    let name: String
    let members: [Member]
    let invitations: [OpenInvitation]
    var outcome: Outcome?
    var email = ""
    var role: Role = .viewer
    var error: String?
    var deleteError: String?

    func title(_ strings: any Strings) -> String { name }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            outcomeNotice(s),
            .h2(.text(s.membersHeading)),
            .if(
                members.isEmpty, .p(.text(s.membersEmpty)),
                else: .div(
                    .class("scroll"),
                    .table(
                        .thead(.tr(.th(.text(s.emailLabel)), .th(.text(s.roleLabel)), .th(.text(s.accessHeading)))),
                        .tbody(.forEach(members) { member(context, $0) })
                    ))),
            .if(
                !invitations.isEmpty,
                .group(
                    .h2(.text(s.invitationsHeading)),
                    .table(
                        .thead(.tr(.th(.text(s.emailLabel)), .th(.text(s.roleLabel)), .th(.text(s.expiresHeading)))),
                        .tbody(
                            .forEach(invitations) {
                                .tr(.td(.text($0.email)), .td(.text(s.roleName($0.role))), .td(.text(s.dateTime($0.expiresAt))))
                            })
                    )
                )),
            .h2(.text(s.inviteHeading)),
            .p(.class("hint"), .text(s.inviteHint)),
            Forms.notice(error),
            .form(
                .method(.post), .action(Route.adminInvitations(organisationID).path),
                Forms.csrf(context),
                Forms.field("email", label: s.emailLabel, type: .email, value: email, required: true),
                Forms.select(
                    "role", label: s.roleLabel,
                    options: Role.allCases.reversed().map { ($0.rawValue, s.roleChoice($0)) },
                    selected: role.rawValue),
                Forms.submit(s.inviteSubmit)
            ),
            .h2(.text(s.deleteOrganisationHeading)),
            .p(.class("hint"), .text(s.deleteOrganisationExplanation(name))),
            Forms.notice(deleteError),
            .form(
                .method(.post), .action(Route.adminOrganisationDelete(organisationID).path),
                Forms.csrf(context),
                Forms.field("name", label: s.deleteOrganisationNameLabel, required: true, autocomplete: "off"),
                .button(.type(.submit), .class("secondary"), .text(s.deleteOrganisationSubmit))
            )
        )
    }

    private func member(_ context: PageContext, _ member: Member) -> Node<HTML.TableContext> {
        let s = context.strings
        let org = organisationID
        return .tr(
            .td(.text(member.email)),
            .td(
                .form(
                    .class("inline"), .method(.post), .action(Route.adminMember(org, user: member.userID).path),
                    Forms.csrf(context),
                    .select(
                        .attribute(named: "name", value: "role"),
                        .attribute(named: "aria-label", value: s.roleFor(email: member.email)),
                        .forEach(Role.allCases.reversed()) { Forms.option($0.rawValue, label: s.roleName($0), selected: $0 == member.role) }
                    ),
                    Forms.submit(s.save))),
            .td(
                .form(
                    .class("inline"), .method(.post), .action(Route.adminMemberRemove(org, user: member.userID).path),
                    Forms.csrf(context),
                    .button(
                        .type(.submit), .class("secondary"), .attribute(named: "aria-label", value: s.removeAccessFor(email: member.email)),
                        .text(s.removeAccess))))
        )
    }

    private func outcomeNotice(_ s: any Strings) -> Node<HTML.BodyContext> {
        switch outcome {
        case .invited(let email, let link):
            .div(
                .class("notice success"), .attribute(named: "role", value: "status"),
                .p(.text(s.invitationCreated(email: email))),
                .p(.code(.id("invitation-link"), .text(link))))
        case .addedExisting(let email):
            Forms.notice(s.memberAddedExisting(email: email), kind: .success)
        case nil:
            .empty
        }
    }
}
