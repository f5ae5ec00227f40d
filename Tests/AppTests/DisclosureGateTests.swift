import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// Every route of the route table is declared here as showing figures derived from people or
/// not; each that does must read them through the one disclosure reader (`ResultsCache`, whose
/// `reads` count every read). A new route fails the first test until it is declared, and a
/// declared route that bypasses the reader fails the second.
@Suite struct DisclosureGateTests {
    /// Routes whose answer holds figures about groups of people (counts included).
    static let figures: Set<String> = [
        "GET /o/:org/waves/:wave", "GET /o/:org/waves/:wave/results", "GET /o/:org/waves/:wave/results/heatmap",
        "GET /o/:org/waves/:wave/results/aggregates.csv", "GET /o/:org/waves/:wave/results/responses.csv",
        "GET /o/:org/waves/:wave/results/items/:item", "GET /o/:org/waves/:wave/results/trends/:scale",
        "GET /o/:org/waves/:wave/results/open", "GET /o/:org/waves/:wave/teams", "GET /o/:org/waves/:wave/diversity",
        "GET /o/:org/dashboard", "GET /o/:org/report", "GET /o/:org/conversations/:conversation",
        "GET /o/:org/conversations/:conversation/agenda", "GET /o/:org/conversations/:conversation/minutes",
        "GET /s/:token/team",
        "GET /api/v1/organisations/:org/waves/:wave/response-rates", "GET /api/v1/organisations/:org/waves/:wave/results",
        "GET /api/v1/organisations/:org/waves/:wave/team-mix", "GET /api/v1/organisations/:org/dashboard",
        "GET /o/:org/export.zip", "GET /o/:org/conversations/:conversation/actions/:action",
        "GET /api/v1/organisations/:org/waves/:wave/trend/:scale"
    ]

    /// Routes that show no figure about a group of people: forms, lists of things, a person's
    /// own answers and profile (shown to that person only), and every write (a write redirects
    /// to a page above).
    static let noFigures: Set<String> = [
        "GET /", "GET /healthz", "GET /readyz", "GET /version", "GET /assets/veerkracht.css", "GET /setup", "GET /sign-in",
        "GET /sign-in/with/:provider", "GET /sign-in/oidc/callback", "GET /c", "GET /o/:org/waves/:wave/slips.pdf",
        "GET /account/password",
        "GET /password-reset", "GET /password-reset/:token", "GET /o/:org/audit", "GET /admin/audit",
        "GET /admin/organisations", "GET /admin/organisations/:org", "GET /invitations/:token", "GET /o/:org",
        "GET /o/:org/units", "GET /o/:org/units/:unit", "GET /o/:org/people", "GET /o/:org/people/import",
        "GET /o/:org/people/template.csv",
        "GET /o/:org/people/import/:upload", "GET /o/:org/waves", "GET /o/:org/waves/new", "GET /o/:org/waves/:wave/links.csv",
        "GET /o/:org/waves/:wave/reminders.csv", "GET /o/:org/waves/:wave/edit", "GET /o/:org/waves/:wave/preview",
        "GET /o/:org/learning-language", "GET /o/:org/portfolio",
        "GET /o/:org/portfolio/programmes.csv", "GET /o/:org/portfolio/:programme", "GET /o/:org/dashboard/reading-guide",
        "GET /o/:org/conversations", "GET /o/:org/api-tokens", "GET /api/v1/openapi.json",
        "GET /api/v1/organisations/:org/units", "GET /api/v1/organisations/:org/people", "GET /api/v1/organisations/:org/waves",
        "GET /api/v1/organisations/:org/waves/:wave", "GET /api/v1/organisations/:org/waves/:wave/links",
        "GET /api/v1/organisations/:org/programmes", "GET /api/v1/organisations/:org/programmes/:programme",
        "GET /s/:token", "GET /s/:token/submit", "GET /s/:token/thanks", "GET /s/:token/profile", "GET /s/:token/:section"
    ]

    static func key(_ route: Vapor.Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }

    @Test func everyReadingRouteIsDeclaredAsShowingFiguresOrNot() async throws {
        try await withVeerkracht { app in
            let reads = app.routes.all.filter { $0.method == .GET }.map(Self.key)
            let undeclared = Set(reads).subtracting(Self.figures).subtracting(Self.noFigures)
            #expect(undeclared.isEmpty, "declare in DisclosureGateTests: \(undeclared.sorted())")
            #expect(Self.figures.isDisjoint(with: Self.noFigures))
            #expect(Self.figures.union(Self.noFigures).subtracting(reads).isEmpty, "declared but not routed")
        }
    }

    @Test func everyRouteThatShowsFiguresReadsThemThroughTheDisclosureReader() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let team = try await app.createUnit("Noord", in: organisation)
            var people: [UUID] = []
            for i in 0..<4 { people.append(try await app.createPerson("p\(i)", in: organisation, unit: team)) }
            let wave = try await app.createWave(in: organisation, units: [team], instruments: ["dlo@1", "lp@1"], threshold: 3)
            var token = ""
            for person in people { token = try await app.submitScan(wave: wave, person: person, share: true) }
            try await app.closeWave(wave)
            // An advisor may read every page a manager reads, and the response export too.
            let manager = try await app.signedIn(as: "advisor@example.org", .advisor, in: organisation)
            _ = try await manager.post(Route.teamMixMembers(organisation, wave: wave).path, ["unit": team.uuidString, "open": "1"])
            let conversation = try await manager.post(
                Route.conversations(organisation).path, ["title": "MT", "planned_on": "2027-01-15"],
                follow: false)
            let conversationID = String(conversation.headers.first(name: .location)?.split(separator: "/").last ?? "")
            _ = try await manager.post(
                Route.conversationActions(organisation, conversation: UUID(uuidString: conversationID) ?? UUID()).path,
                ["topic": "k2", "what-k2": "Intervisie", "who-k2": "Teamleiders", "due-k2": "2027-02-01"])
            let actionID = try await ConversationActionRow.query(on: app.db).first()?.id?.uuidString ?? ""
            let client = try await app.apiClient("script@example.org", .manager, in: organisation)
            let ids = [
                ":org": organisation.uuidString, ":wave": wave.uuidString, ":item": "DLO.K2.1", ":scale": "dlo-K2",
                ":conversation": conversationID, ":token": token, ":action": actionID
            ]
            for pattern in Self.figures.sorted() {
                let path = pattern.dropFirst(4).split(separator: "/").map { ids[String($0)] ?? String($0) }.joined(separator: "/")
                // A kept page read the figures when it was made (perhaps by a redirect above):
                // made again, every route shows which reader it uses.
                app.keptPages.forgetAll()
                let before = app.results.reads
                let status = path.hasPrefix("api/") ? try await client.get("/" + path).status : try await manager.get("/" + path).status
                #expect(status == .ok, "\(pattern): \(status)")
                #expect(app.results.reads > before, "\(pattern) shows figures without reading them through the disclosure reader")
            }
        }
    }
}
