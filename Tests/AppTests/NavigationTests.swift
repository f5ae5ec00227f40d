import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

@Suite struct NavigationTests {
    @Test func aPathBelongsToThePlaceItsFirstSegmentNames() {
        let org = "/o/\(UUID().uuidString)"
        #expect(Place.of(path: "\(org)/waves/\(UUID().uuidString)/results/heatmap") == .waves)
        #expect(Place.of(path: "\(org)/report") == .dashboard)
        #expect(Place.of(path: "\(org)/people/import") == .people)
        #expect(Place.of(path: org) == .administration)
        #expect(Place.of(path: "\(org)/audit") == .administration)
        #expect(Place.of(path: "/admin/organisations") == nil)
    }

    @Test func everyOrganisationPageShowsThePlacesWithTheCurrentOneMarked() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let browser = try await app.signedIn(as: "adv@example.org", .advisor, in: s.organisation)
            let page = try await browser.get(Route.waveHeatmap(s.organisation, wave: s.wave).path)
            let current = "<a href=\"\(Route.waves(s.organisation).path)\" aria-current=\"page\">Metingen</a>"
            #expect(page.body.contains(current))
            #expect(page.body.contains("href=\"\(Route.apiTokens(s.organisation).path)\""))
            #expect(page.body.contains("<nav class=\"breadcrumbs\""))
        }
    }

    @Test func aViewerSeesNoPlacesForManagersOrAdvisors() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let browser = try await app.signedIn(as: "viewer@example.org", .viewer, in: s.organisation)
            let body = try await browser.get(Route.dashboard(s.organisation).path).body
            let places = try #require(body.range(of: "<nav class=\"places wide\"")).upperBound
            let nav = String(body[places...].split(separator: "</nav>", maxSplits: 1)[0])
            #expect(nav.contains("href=\"\(Route.people(s.organisation).path)\""))
            #expect(!nav.contains("href=\"\(Route.conversations(s.organisation).path)\""))
            #expect(!nav.contains("href=\"\(Route.apiTokens(s.organisation).path)\""))
        }
    }
}
