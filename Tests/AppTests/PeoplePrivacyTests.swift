import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// The personnel list with e-mail addresses, birth years and start dates is for the people who
/// keep it; managers and viewers see how many people a unit has.
@Suite struct PeoplePrivacyTests {
    @Test(arguments: [Role.manager, .viewer])
    func managersAndViewersSeeCountsPerUnitAndNoPersonalDetails(role: Role) async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let unit = try await app.createUnit("Wijkteam Oost", in: organisation)
            try await app.createPerson(
                "P-4711", in: organisation, unit: unit, birthYear: 1967, startDate: "2003-04-01",
                email: "j.jansen@example.org")
            try await app.createPerson("P-4712", in: organisation, unit: unit)
            let browser = try await app.signedIn(as: "lead@example.org", role, in: organisation)
            let page = try await browser.get(Route.people(organisation).path)
            #expect(page.status == .ok)
            #expect(page.body.contains("Wijkteam Oost") && page.body.contains(">2</td>"))
            for detail in ["P-4711", "j.jansen@example.org", "1967", "2003"] { #expect(!page.body.contains(detail), "\(detail)") }
        }
    }

    @Test func anAdvisorStillSeesThePersonnelList() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let unit = try await app.createUnit("Wijkteam Oost", in: organisation)
            try await app.createPerson("P-4711", in: organisation, unit: unit, birthYear: 1967, email: "j.jansen@example.org")
            let page = try await app.signedIn(as: "adv@example.org", .advisor, in: organisation).get(Route.people(organisation).path)
            #expect(page.body.contains("P-4711") && page.body.contains("j.jansen@example.org") && page.body.contains("1967"))
        }
    }
}
