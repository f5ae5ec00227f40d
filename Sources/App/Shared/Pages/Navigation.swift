import Foundation
import Plot
import VeerkrachtCore

/// The places inside an organisation, in the order the navigation shows them. A page belongs
/// to the place its path starts with, so a new page is marked without declaring anything.
enum Place: CaseIterable, Sendable {
    case dashboard, waves, portfolio, conversations, people, units, administration, api

    /// The lowest role that sees the place in the navigation.
    var minimumRole: Role {
        switch self {
        case .dashboard, .waves, .portfolio, .people, .units: .viewer
        case .conversations: .manager
        case .administration, .api: .advisor
        }
    }

    func route(_ organisation: UUID) -> Route {
        switch self {
        case .dashboard: .dashboard(organisation)
        case .waves: .waves(organisation)
        case .portfolio: .portfolio(organisation)
        case .conversations: .conversations(organisation)
        case .people: .people(organisation)
        case .units: .units(organisation)
        case .administration: .organisation(organisation)
        case .api: .apiTokens(organisation)
        }
    }

    func name(_ s: any Strings) -> String {
        switch self {
        case .dashboard: s.dashboardPlace
        case .waves: s.wavesTitle
        case .portfolio: s.portfolioTitle
        case .conversations: s.conversationsPlace
        case .people: s.peopleTitle
        case .units: s.unitsTitle
        case .administration: s.administrationPlace
        case .api: s.apiPlace
        }
    }

    /// The place a path inside an organisation belongs to: `/o/<id>/<first>/…`. The
    /// organisation's own page and its settings (audit, export, language) are its administration.
    static func of(path: String) -> Place? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.first == "o", parts.count >= 2 else { return nil }
        guard let first = parts.dropFirst(2).first else { return .administration }
        switch first {
        case "dashboard", "report": return .dashboard
        case "waves": return .waves
        case "portfolio": return .portfolio
        case "conversations": return .conversations
        case "people": return .people
        case "units": return .units
        case "api-tokens": return .api
        default: return .administration
        }
    }
}

/// One step of the way to a deep page; the last step is the page itself and has no link.
struct Breadcrumb: Sendable {
    let label: String
    let path: String?
}

/// The navigation inside an organisation and the breadcrumbs above a deep page.
enum Navigation {
    /// The places the member may use, the current one marked with `aria-current`. Wide screens
    /// get a row of links; narrow ones a `details` menu that opens without JavaScript.
    static func places(organisation: UUID, role: Role, path: String, strings s: any Strings) -> Node<HTML.BodyContext> {
        let current = Place.of(path: path)
        let shown = Place.allCases.filter { role >= $0.minimumRole }
        let list = Node<HTML.BodyContext>.ul(
            .forEach(shown) { place in
                .li(
                    .a(
                        .href(place.route(organisation).path),
                        .if(place == current, .attribute(named: "aria-current", value: "page")),
                        .text(place.name(s))))
            })
        return .group(
            .nav(.class("places wide"), .attribute(named: "aria-label", value: s.placesNavigation), list),
            .details(
                .class("places narrow"),
                .summary(.text(current.map { "\(s.menu): \($0.name(s))" } ?? s.menu)),
                .nav(.attribute(named: "aria-label", value: s.placesNavigation), list))
        )
    }

    static func breadcrumbs(_ crumbs: [Breadcrumb], strings s: any Strings) -> Node<HTML.BodyContext> {
        guard !crumbs.isEmpty else { return .empty }
        return .nav(
            .class("breadcrumbs"), .attribute(named: "aria-label", value: s.breadcrumbsLabel),
            .ol(
                .forEach(crumbs) { crumb in
                    .li(
                        .unwrap(
                            crumb.path,
                            { .a(.href($0), .text(crumb.label)) },
                            else: .span(.attribute(named: "aria-current", value: "page"), .text(crumb.label))))
                })
        )
    }
}
