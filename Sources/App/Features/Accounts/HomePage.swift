import Foundation
import Plot

/// Where a signed-in person starts: the organisations they belong to.
struct HomePage: Page {
    let organisations: [OrganisationMembership]
    let isAdmin: Bool

    func title(_ strings: any Strings) -> String { strings.homeTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        guard !organisations.isEmpty else {
            return .group(
                .p(.text(isAdmin ? s.homeEmptyAdmin : s.homeEmpty)),
                .if(isAdmin, .p(.a(.href(Route.adminOrganisations.path), .text(s.administration))))
            )
        }
        return .ul(
            .class("cards"),
            .forEach(organisations) { membership in
                .li(
                    .a(.href(Route.organisation(membership.organisationID).path), .text(membership.name)),
                    .span(.class("muted"), .text(" · " + s.roleName(membership.role))))
            }
        )
    }
}
