import Foundation
import Plot
import VeerkrachtCore

/// The start page of one organisation.
struct OrganisationPage: PageInOrganisation {
    let organisationID: UUID
    let name: String
    let role: Role
    let activeUnits: Int
    let activePeople: Int
    var retentionMonths = RetentionSweep.defaultMonths

    func title(_ strings: any Strings) -> String { name }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let id = organisationID
        return .group(
            .p(.class("muted"), .text(s.yourRole(s.roleName(role)))),
            .ul(
                .class("cards"),
                .li(.a(.href(Route.dashboard(id).path), .text(s.dashboardTitle)), .p(.text(s.dashboardCardText))),
                .li(.a(.href(Route.conversations(id).path), .text(s.conversationsTitle)), .p(.text(s.conversationsCardText))),
                .li(.a(.href(Route.units(id).path), .text(s.unitsTitle)), .p(.text(s.unitCount(activeUnits)))),
                .li(.a(.href(Route.people(id).path), .text(s.peopleTitle)), .p(.text(s.peopleCount(activePeople)))),
                .li(.a(.href(Route.waves(id).path), .text(s.wavesTitle)), .p(.text(s.wavesCardText))),
                .li(.a(.href(Route.portfolio(id).path), .text(s.portfolioTitle)), .p(.text(s.portfolioCardText))),
                .li(.a(.href(Route.learningLanguage(id).path), .text(s.languageTitle)), .p(.text(s.languageCardText))),
                .li(.a(.href(Route.apiTokens(id).path), .text(s.apiTokensTitle)), .p(.text(s.apiTokensCardText))),
                .if(role.maintainsOrganisation, .li(.a(.href(Route.audit(id).path), .text(s.auditTitle)), .p(.text(s.auditCardText)))),
                .if(
                    role.maintainsOrganisation,
                    .li(.a(.href(Route.organisationExport(id).path), .text(s.exportTitle)), .p(.text(s.exportCardText))))
            ),
            .if(role.maintainsOrganisation, retention(id, context))
        )
    }

    private func retention(_ id: UUID, _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let choices = [3, 6, 12, 24, 36].contains(retentionMonths) ? [3, 6, 12, 24, 36] : ([3, 6, 12, 24, 36, retentionMonths]).sorted()
        return .group(
            .h2(.text(s.retentionHeading)),
            .p(.class("hint"), .text(s.retentionExplanation)),
            .form(
                .method(.post), .action(Route.retention(id).path),
                Forms.csrf(context),
                Forms.select(
                    "months", label: s.retentionLabel, options: choices.map { (String($0), s.retentionChoice(months: $0)) },
                    selected: String(retentionMonths)),
                Forms.submit(s.save)
            )
        )
    }
}
