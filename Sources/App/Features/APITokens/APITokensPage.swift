import Foundation
import Plot
import VeerkrachtCore

/// The signed-in person's tokens for this organisation; a new token is on this page once.
struct APITokensPage: PageInOrganisation {
    let organisationID: UUID
    let role: Role
    let tokens: [APITokenSummary]
    var newToken: String?
    var problems: [String: String] = [:]

    func title(_ strings: any Strings) -> String { strings.apiTokensTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let org = organisationID
        return .group(
            .p(.text(s.apiTokensIntro)),
            .p(.a(.href(Route.apiDocument.path), .text(s.documentLink))),
            .unwrap(newToken) { token in
                .div(
                    .class("notice"), .attribute(named: "role", value: "status"),
                    .p(.text(s.tokenShownOnce)), .p(.code(.id("new-token"), .text(token))))
            },
            tokens.isEmpty
                ? .p(.text(s.apiTokensEmpty))
                : .table(
                    .class("results"),
                    .thead(
                        .tr(
                            .th(.text(s.nameLabel)), .th(.text(s.tokenRoleLabel)), .th(.text(s.createdLabel)), .th(.text(s.lastUsedLabel)),
                            .th(.text("")))),
                    .tbody(
                        .forEach(tokens) { token in
                            .tr(
                                .td(.text(token.name)), .td(.text(s.roleName(token.role))), .td(.text(s.dateTime(token.createdAt))),
                                .td(.text(token.lastUsedAt.map(s.dateTime) ?? s.neverUsed)),
                                .td(
                                    token.revokedAt != nil
                                        ? .text(s.revokedMark)
                                        : .form(
                                            .class("inline"), .method(.post), .action(Route.apiTokenRevoke(org, token: token.id).path),
                                            Forms.csrf(context),
                                            .button(
                                                .type(.submit), .class("secondary"),
                                                .attribute(named: "aria-label", value: "\(s.revokeSubmit): \(token.name)"),
                                                .text(s.revokeSubmit)))))
                        })),
            .form(
                .method(.post), .action(Route.apiTokens(org).path), Forms.csrf(context),
                Forms.field("name", label: s.tokenNameLabel, required: true, error: problems["name"]),
                Forms.select(
                    "role", label: s.tokenRoleLabel,
                    options: Role.allCases.filter { $0 <= role }.map { ($0.rawValue, s.roleName($0)) },
                    selected: Role.viewer.rawValue, error: problems["role"]),
                Forms.submit(s.createTokenSubmit))
        )
    }
}
