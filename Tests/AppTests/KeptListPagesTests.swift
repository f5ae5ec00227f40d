import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// The units, people, portfolio and conversation lists are rendered once per role and kept
/// until something they show changes; every form on a kept page carries its reader's own token.
@Suite(.serialized) struct KeptListPagesTests {
    /// Every form token on a page.
    private func tokens(in html: String) -> [String] {
        html.components(separatedBy: "name=\"_csrf\" value=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    @Test func everyFormOnAKeptUnitsPageCarriesItsReadersOwnToken() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let first = try await app.signedIn(as: "een@example.org", .advisor, in: organisation)
            let second = try await app.signedIn(as: "twee@example.org", .advisor, in: organisation)
            let before = app.keptPages.renders
            let one = try await first.get(Route.units(organisation).path)
            let two = try await second.get(Route.units(organisation).path)
            #expect(app.keptPages.renders == before + 1)
            let firstTokens = tokens(in: one.body)
            let secondTokens = tokens(in: two.body)
            #expect(firstTokens.count >= 2 && secondTokens.count == firstTokens.count)
            #expect(Set(firstTokens) == [try #require(first.csrfToken)])
            #expect(Set(secondTokens) == [try #require(second.csrfToken)])
            #expect(first.csrfToken != second.csrfToken)
            #expect(!one.body.contains(KeptMain.formTokenStandIn) && !two.body.contains("kept-form-token"))
        }
    }

    @Test func aUnitAddedThroughTheKeptFormShowsOnTheNextVisit() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: organisation)
            #expect(!(try await advisor.get(Route.units(organisation).path).body.contains("Oostvleugel")))
            #expect(try await advisor.post(Route.units(organisation).path, ["name": "Oostvleugel"]).status == .created)
            #expect(try await advisor.get(Route.units(organisation).path).body.contains("Oostvleugel"))
        }
    }

    @Test func aViewerAndAnAdvisorEachGetTheirRolesUnitsPage() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            _ = try await app.createUnit("Noord", in: organisation)
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: organisation)
            let viewer = try await app.signedIn(as: "lezer@example.org", .viewer, in: organisation)
            let editing = try await advisor.get(Route.units(organisation).path)
            let reading = try await viewer.get(Route.units(organisation).path)
            #expect(editing.body.contains("action=\"\(Route.units(organisation).path)\""))
            #expect(!reading.body.contains("action=\"\(Route.units(organisation).path)\""))
            #expect(reading.body.contains("Noord"))
        }
    }

    @Test func theKeptPeopleListShowsSomeoneAddedSinceAndNoBrowserStoresIt() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let unit = try await app.createUnit("Noord", in: organisation)
            try await app.createPerson("p-001", in: organisation, unit: unit)
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: organisation)
            let people = Route.people(organisation).path
            let before = try await advisor.get(people)
            _ = try await advisor.get(people)
            #expect(before.headers.first(name: .cacheControl) == "no-store")
            #expect(before.body.contains("p-001@example.org") && !before.body.contains("p-002"))
            let rendered = app.keptPages.renders
            try await app.createPerson("p-002", in: organisation, unit: unit)
            #expect(try await advisor.get(people).body.contains("p-002@example.org"))
            #expect(app.keptPages.renders == rendered + 1)
        }
    }

    @Test func pageNumbersPastEitherEndAreKeptAsThePageTheyShow() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let unit = try await app.createUnit("Noord", in: organisation)
            try await app.createPerson("p-001", in: organisation, unit: unit)
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: organisation)
            let before = app.keptPages.renders
            for page in ["1", "2", "99", "-5", "0"] {
                #expect(try await advisor.get(Route.people(organisation).path + "?page=\(page)").body.contains("p-001@example.org"))
            }
            #expect(app.keptPages.renders == before + 1)
        }
    }

    @Test func aManagerSeesCountsWhereAnAdvisorSeesThePeople() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let unit = try await app.createUnit("Noord", in: organisation)
            try await app.createPerson("p-001", in: organisation, unit: unit)
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: organisation)
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            #expect(try await advisor.get(Route.people(organisation).path).body.contains("p-001@example.org"))
            #expect(!(try await manager.get(Route.people(organisation).path).body.contains("p-001")))
        }
    }

    @Test func aSearchOfThePeopleIsMadeEachTimeAndKeepsNothing() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            try await app.createPerson("p-001", in: organisation, unit: nil)
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: organisation)
            let rendered = app.keptPages.renders
            #expect(try await advisor.get(Route.people(organisation).path + "?q=p-001").body.contains("p-001@example.org"))
            #expect(app.keptPages.renders == rendered)
        }
    }

    @Test func theKeptPortfolioShowsAProgrammeSavedSince() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let viewer = try await app.signedIn(as: "lezer@example.org", .viewer, in: organisation)
            let portfolio = Route.portfolio(organisation).path
            #expect(!(try await viewer.get(portfolio).body.contains("Leiderschap")))
            _ = try await viewer.get(portfolio)
            let rendered = app.keptPages.renders
            try await app.overdueProgramme(in: organisation)
            #expect(try await viewer.get(portfolio).body.contains("Leiderschap"))
            #expect(app.keptPages.renders == rendered + 1)
        }
    }

    @Test func theKeptConversationListShowsAConversationStartedSince() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: organisation)
            let list = Route.conversations(organisation).path
            #expect(!(try await manager.get(list).body.contains("Kwartaalgesprek")))
            let started = try await manager.post(list, ["title": "Kwartaalgesprek", "planned_on": "2026-12-15"], follow: false)
            #expect(started.status == .seeOther)
            #expect(try await manager.get(list).body.contains("Kwartaalgesprek"))
        }
    }

    @Test func theReportIsRenderedOnceUntilAProgrammeIsAdded() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let viewer = try await app.signedIn(as: "lezer@example.org", .viewer, in: s.organisation)
            let manager = try await app.signedIn(as: "manager@example.org", .manager, in: s.organisation)
            let report = Route.report(s.organisation).path
            let before = app.keptPages.renders
            #expect(!(try await viewer.get(report).body.contains("Leiderschap")))
            #expect(try await manager.get(report).status == .ok)
            #expect(app.keptPages.renders == before + 1)
            try await app.overdueProgramme(in: s.organisation)
            #expect(try await viewer.get(report).body.contains("Leiderschap"))
        }
    }
}
