import Foundation
import Plot
import VeerkrachtCore

/// How sustainably the organisation, or one unit, learns: the base question and K1–K5 from the
/// scan and the portfolio together, strengths first, then the five properties.
struct DashboardPage: PageInOrganisation {
    let organisationID: UUID
    let data: DashboardData
    let tree: UnitTree
    let canStartWave: Bool

    func title(_ strings: any Strings) -> String { strings.dashboardTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let org = organisationID
        let dashboard = data.dashboard
        let nothing = !dashboard.hasScan && !dashboard.hasPortfolio && !data.scanSuppressed
        return .group(
            filter(context),
            .p(.text(s.dashboardIntro)),
            nothing
                ? firstSteps(context)
                : .group(
                    DashboardSections.sources(data, s),
                    DashboardSections.overdueActions(data, organisationID: org, context),
                    DashboardSections.followUps(data, organisationID: org, context),
                    DashboardSections.content(data, organisationID: org, context, trend: trendPath)
                ),
            .p(
                .class("actions"),
                .a(.href(Route.readingGuide(org).path), .text(s.readingGuideLink)),
                .a(.href(Route.conversations(org).path), .text(s.conversationsTitle)),
                .a(.href(Route.report(org).path), .text(s.reportLink)))
        )
    }

    private var trendPath: AssessmentView.TrendPath {
        let org = organisationID
        let dlo = data.dloWave?.id
        let lo = data.loWave?.id
        let query = data.unit.map { "?unit=\($0.uuidString)" } ?? ""
        return { topic in
            (topic.scale.instrument == "lo" ? lo : dlo).map { Route.waveTrend(org, wave: $0, scale: topic.scaleKey).path + query }
        }
    }

    private func filter(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .form(
            .class("filter"), .method(.get), .action(Route.dashboard(organisationID).path),
            Forms.unitSelect(
                "unit", label: s.groupLabel, units: UnitChoices(tree: tree), topLabel: s.wholeOrganisation,
                selected: data.unit?.uuidString ?? ""),
            .button(.type(.submit), .text(s.showSubmit)))
    }

    /// No wave and no programme yet: what to do first, instead of empty charts.
    private func firstSteps(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let org = organisationID
        return .section(
            .class("notice"), .id("first-steps"),
            .h2(.text(s.firstStepsTitle)),
            .ol(
                .li(
                    .text(s.firstStepScan), .text(" "),
                    .if(canStartWave, .a(.href(Route.waveNew(org).path), .text(s.startWaveLink)))),
                .li(.text(s.firstStepPortfolio), .text(" "), .a(.href(Route.portfolio(org).path), .text(s.openPortfolioLink)))))
    }
}

/// The parts of the dashboard the report prints too.
enum DashboardSections {
    static func sources(_ data: DashboardData, _ s: any Strings) -> Node<HTML.BodyContext> {
        .group(
            .unwrap(data.dloWave) { .p(.class("hint"), .text(s.perceptionFrom(wave: $0.name))) },
            .if(data.dloWave == nil, .p(.class("notice"), .text(s.noScanYet))),
            .if(data.scanSuppressed, .p(.class("notice"), .text(s.scanSuppressed(threshold: data.threshold ?? 5)))),
            .if(!data.dashboard.hasPortfolio, .p(.class("notice"), .text(s.noPortfolioYet)))
        )
    }

    static func overdueActions(_ data: DashboardData, organisationID: UUID, _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let overdue = data.overdueActions
        guard !overdue.isEmpty else { return .empty }
        let text = DashboardText(context.language)
        return .section(
            .class("notice error"), .id("overdue-actions"),
            .h2(.text(s.overdueActionsTitle)),
            .ul(
                .forEach(overdue) { stored in
                    .li(
                        .a(.href(Route.conversation(organisationID, conversation: stored.conversation).path), .text(stored.action.what)),
                        .text(" — \(stored.action.who), \(s.day(stored.action.due)) (\(text.shortName(stored.action.topic)))"))
                }))
    }

    /// Open actions whose follow-up pulse has closed: did they change what they aimed at?
    static func followUps(_ data: DashboardData, organisationID: UUID, _ context: PageContext) -> Node<HTML.BodyContext> {
        let measured = data.actions.filter { stored in
            stored.action.status == .open && (data.followUps[stored.id] ?? []).contains(where: \.isClosed)
        }
        guard !measured.isEmpty else { return .empty }
        return .section(
            .id("follow-ups"),
            .h2(.text(context.strings.followUpsTitle)),
            .forEach(measured) { stored in
                .div(
                    .class("pulse"),
                    .p(
                        .a(
                            .href(Route.action(organisationID, conversation: stored.conversation, action: stored.id).path),
                            .text(stored.action.what))),
                    .forEach((data.followUps[stored.id] ?? []).filter(\.isClosed)) { FollowUpView.lines($0, context) })
            })
    }

    static func content(
        _ data: DashboardData, organisationID: UUID, _ context: PageContext,
        trend: AssessmentView.TrendPath?
    ) -> Node<HTML.BodyContext> {
        let s = context.strings
        let text = DashboardText(context.language)
        let dashboard = data.dashboard
        return .group(
            .h2(.text(s.summaryTitle)),
            AssessmentView.summary(dashboard, text, s),
            .p(.class("hint"), .text(s.verdictsExplained + " " + text.combination)),
            AssessmentView.card(dashboard.assessment(.base), text, s, trend: trend),
            .forEach(dashboard.coreQuestionsStrengthsFirst) { AssessmentView.card($0, text, s, trend: trend) },
            .section(
                .class("question"), .id("properties"),
                .h2(.text(s.propertiesTitle)),
                data.loWave == nil
                    ? .p(.class("notice"), .text(s.noLOScanYet))
                    : .group(
                        .p(.class("hint"), .text(s.propertiesIntro)),
                        AssessmentView.properties(dashboard, text, s, trend: trend)))
        )
    }
}
