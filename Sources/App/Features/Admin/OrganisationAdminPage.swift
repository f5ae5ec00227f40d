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
    /// Sign-in through identity providers: the installation's providers (slug, name), this
    /// organisation's domain rules and whether its members may use a password.
    var providers: [(slug: String, name: String)] = []
    var signInRules: [SignInDomains.Rule] = []
    var passwordSignIn = true
    var signInError: String?
    var domain = ""

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
            signInSection(context),
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

    private func signInSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let org = organisationID
        let names = Dictionary(providers.map { ($0.slug, $0.name) }, uniquingKeysWith: { a, _ in a })
        guard !providers.isEmpty else { return .group(.h2(.text(s.singleSignOnHeading)), .p(.class("hint"), .text(s.noIdentityProviders))) }
        return .group(
            .h2(.text(s.singleSignOnHeading)),
            .p(.class("hint"), .text(s.singleSignOnExplanation)),
            Forms.notice(signInError),
            .if(
                signInRules.isEmpty, .p(.text(s.signInDomainsEmpty)),
                else: .table(
                    .thead(.tr(.th(.text(s.signInDomainLabel)), .th(.text(s.signInProviderLabel)), .th(.text(s.signInDomainRemove)))),
                    .tbody(
                        .forEach(signInRules) { rule in
                            .tr(
                                .td(.text(rule.domain)), .td(.text(names[rule.provider] ?? rule.provider)),
                                .td(
                                    .form(
                                        .class("inline"), .method(.post), .action(Route.adminSignInDomainRemove(org, rule: rule.id).path),
                                        Forms.csrf(context),
                                        .button(.type(.submit), .class("secondary"), .text(s.signInDomainRemove)))))
                        })
                )),
            .form(
                .method(.post), .action(Route.adminSignInDomains(org).path),
                Forms.csrf(context),
                Forms.field("domain", label: s.signInDomainLabel, value: domain, required: true, autocomplete: "off"),
                Forms.select("provider", label: s.signInProviderLabel, options: providers.map { ($0.slug, $0.name) }, selected: ""),
                Forms.submit(s.signInDomainAdd)
            ),
            .form(
                .method(.post), .action(Route.adminPasswordSignIn(org).path),
                Forms.csrf(context),
                .div(
                    .class("field check"),
                    .label(
                        .input(.type(.checkbox), .name("allowed"), .value("1"), .checked(passwordSignIn)),
                        .text(" " + s.passwordSignInLabel))),
                Forms.submit(s.passwordSignInSave)
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
