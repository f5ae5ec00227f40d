import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// The organisation's page, where every member lands after signing in, is rendered once per
/// role and language and made again when its units, people or retention change.
@Suite(.serialized) struct KeptOrganisationPageTests {
    @Test func theOrganisationPageIsRenderedOncePerRole() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let path = Route.organisation(organisation).path
            let before = app.keptPages.renders
            #expect(try await app.signedIn(as: "een@example.org", .viewer, in: organisation).get(path).status == .ok)
            #expect(try await app.signedIn(as: "twee@example.org", .viewer, in: organisation).get(path).status == .ok)
            #expect(app.keptPages.renders == before + 1)
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: organisation).get(path)
            #expect(app.keptPages.renders == before + 2)
            #expect(advisor.body.contains(Route.retention(organisation).path))
        }
    }

    @Test(arguments: [TestStorage.standard, .sqliteFile])
    func aNewUnitAPersonAndARetentionShowOnTheNextVisit(_ storage: TestStorage) async throws {
        try await withVeerkracht(storage: storage) { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let path = Route.organisation(organisation).path
            let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: organisation)
            let strings = Dutch()
            #expect(try await advisor.get(path).body.contains(HTMLText.escape(strings.peopleCount(0))))
            let unit = try await app.createUnit("Zorg", in: organisation)
            _ = try await app.createPerson("p1", in: organisation, unit: unit)
            let changed = try await advisor.get(path).body
            #expect(changed.contains(HTMLText.escape(strings.peopleCount(1))) && changed.contains(HTMLText.escape(strings.unitCount(1))))
            _ = try await advisor.post(Route.retention(organisation).path, ["months": "6"])
            #expect(try await advisor.get(path).body.contains("value=\"6\" selected"))
        }
    }
}
