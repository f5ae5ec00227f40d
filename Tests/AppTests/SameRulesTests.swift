import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// One set of rules per entity: the same bad input through the page, the CSV import (where there
/// is one) and the API is refused by each, naming the same field, and nothing is stored.
@Suite struct SameRulesTests {
    private struct Entry {
        let organisation: UUID
        let unit: UUID
        let browser: Browser
        let api: APIClient
    }

    private func entry(_ app: Application) async throws -> Entry {
        let organisation = try await app.createOrganisation("Zorggroep")
        let unit = try await app.createUnit("Zorg", in: organisation)
        let browser = try await app.signedIn(as: "adv@example.org", .advisor, in: organisation)
        return Entry(
            organisation: organisation, unit: unit, browser: browser,
            api: try await app.apiClient("api@example.org", .advisor, in: organisation))
    }

    /// The page marks the field itself (`field-<name>-error`) or leads to it from its list of problems.
    private func pageNames(_ page: Browser.Page, field: String) -> Bool {
        page.body.contains("id=\"field-\(field)-error\"") || page.body.contains("href=\"#field-\(field)\"")
    }

    @Test func aUnitCodeTooLongIsRefusedByThePageAndTheAPINamingTheCode() async throws {
        try await withVeerkracht { app in
            let e = try await entry(app)
            let code = String(repeating: "K", count: NameRules.maximumLength + 1)
            let page = try await e.browser.post(Route.units(e.organisation).path, ["name": "Noord", "code": code], follow: false)
            #expect(page.status == .unprocessableEntity)
            #expect(pageNames(page, field: "code"))
            let answer = try await e.api.post(Route.apiUnits(e.organisation).path, ["name": "Noord", "code": code])
            #expect(answer.status == .unprocessableEntity && answer.error?["field"] as? String == "code")
            #expect(try await Unit.query(on: app.db).count() == 1)
        }
    }

    @Test func aUnitNameWithASlashIsRefusedByThePageAndTheAPINamingTheName() async throws {
        try await withVeerkracht { app in
            let e = try await entry(app)
            let page = try await e.browser.post(Route.units(e.organisation).path, ["name": "Zorg / Noord"], follow: false)
            #expect(page.status == .unprocessableEntity && pageNames(page, field: "name"))
            #expect(page.body.contains(Dutch().unitNameHasSeparator))
            let answer = try await e.api.post(Route.apiUnits(e.organisation).path, ["name": "Zorg / Noord"])
            #expect(answer.status == .unprocessableEntity && answer.error?["field"] as? String == "name")
            #expect(try await Unit.query(on: app.db).count() == 1)
        }
    }

    @Test func aParentOfNoUnitIsRefusedByThePageAndTheAPINamingTheParent() async throws {
        try await withVeerkracht { app in
            let e = try await entry(app)
            let stranger = UUID().uuidString
            let page = try await e.browser.post(Route.units(e.organisation).path, ["name": "Noord", "parent": stranger], follow: false)
            #expect(page.status == .unprocessableEntity && pageNames(page, field: "parent"))
            let answer = try await e.api.post(Route.apiUnits(e.organisation).path, ["name": "Noord", "parentId": stranger])
            #expect(answer.status == .unprocessableEntity && answer.error?["field"] as? String == "parentId")
            #expect(try await Unit.query(on: app.db).count() == 1)
        }
    }

    private func wavePairs(_ e: Entry, threshold: String, languages: [String] = ["nl"]) -> [(String, String)] {
        [
            ("name", "Najaar"), ("instruments[]", "dlo@1"), ("units[]", e.unit.uuidString), ("opens_at", "2026-12-01T09:00"),
            ("closes_at", "2026-12-21T17:00"), ("time_zone", "Europe/Amsterdam"), ("threshold", threshold)
        ]
            + languages.map { ("languages[]", $0) }
    }

    private func waveJSON(_ e: Entry, threshold: Int, languages: [String] = ["nl"]) -> [String: Any] {
        [
            "name": "Najaar", "instruments": ["dlo@1"], "units": [e.unit.uuidString], "opensAt": "2026-12-01T08:00:00Z",
            "closesAt": "2026-12-21T16:00:00Z", "threshold": threshold, "languages": languages
        ]
    }

    @Test func aThresholdAboveTheMaximumIsRefusedByThePageAndTheAPINamingTheThreshold() async throws {
        try await withVeerkracht { app in
            let e = try await entry(app)
            let tooHigh = WaveSettings.maximumThreshold + 1
            let page = try await e.browser.post(
                Route.waves(e.organisation).path, pairs: wavePairs(e, threshold: "\(tooHigh)"), follow: false)
            #expect(page.status == .unprocessableEntity && pageNames(page, field: "threshold"))
            #expect(page.body.contains(Dutch().waveProblem(.thresholdTooHigh(maximum: WaveSettings.maximumThreshold))))
            let answer = try await e.api.post(Route.apiWaves(e.organisation).path, waveJSON(e, threshold: tooHigh))
            #expect(answer.status == .unprocessableEntity && answer.error?["field"] as? String == "threshold")
            #expect(try await Wave.query(on: app.db).count() == 0)
        }
    }

    @Test func aLanguageVeerkrachtDoesNotSpeakIsRefusedByThePageAndTheAPINamingTheLanguages() async throws {
        try await withVeerkracht { app in
            let e = try await entry(app)
            let page = try await e.browser.post(
                Route.waves(e.organisation).path, pairs: wavePairs(e, threshold: "5", languages: ["nl", "de"]),
                follow: false)
            #expect(page.status == .unprocessableEntity && pageNames(page, field: "languages"))
            #expect(page.body.contains("<fieldset id=\"field-languages\">"))
            let answer = try await e.api.post(Route.apiWaves(e.organisation).path, waveJSON(e, threshold: 5, languages: ["nl", "de"]))
            #expect(answer.status == .unprocessableEntity && answer.error?["field"] as? String == "languages")
            #expect(try await Wave.query(on: app.db).count() == 0)
        }
    }

    @Test func aProgrammeNameTooLongOnlyWithItsSpacesIsRefusedByThePageTheImportAndTheAPI() async throws {
        try await withVeerkracht { app in
            let e = try await entry(app)
            // Within the limit once trimmed: the limit holds for the name as sent, everywhere.
            let name = String(repeating: "x", count: ProgrammeLimits.shortText) + "   "
            let page = try await e.browser.post(Route.portfolio(e.organisation).path, ["name": name], follow: false)
            #expect(page.status == .unprocessableEntity && pageNames(page, field: "name"))
            let upload = try await e.browser.upload(
                Route.portfolioImport(e.organisation).path, file: Data("name\n\"\(name)\"\n".utf8),
                name: "programmes.csv", follow: false)
            let message = Dutch().programmeProblem(.tooLong(field: "name", maximum: ProgrammeLimits.shortText))
            #expect(
                upload.status == .unprocessableEntity && upload.body.contains(Dutch().importRowProblem(line: 2, column: "name", message)))
            let answer = try await e.api.post(Route.apiProgrammes(e.organisation).path, ["name": name])
            #expect(answer.status == .unprocessableEntity && answer.error?["field"] as? String == "name")
            #expect(try await ProgrammeRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aPersonWithABadAddressIsRefusedByThePageImportAndTheAPINamingTheEmailColumn() async throws {
        try await withVeerkracht { app in
            let e = try await entry(app)
            let csv = "external_id,email,unit\n1,not an address,Zorg\n"
            let page = try await e.browser.upload(Route.peopleImport(e.organisation).path, file: Data(csv.utf8))
            #expect(page.body.contains("<td>email</td>"))
            #expect(page.body.contains(Dutch().importProblem(.invalidEmail("not an address"))))
            let answer = try await e.api.send(.POST, Route.apiPeople(e.organisation).path, raw: (csv, "text/csv"))
            #expect(answer.status == .unprocessableEntity && answer.error?["field"] as? String == "people.email")
            #expect(try await Person.query(on: app.db).count() == 0)
        }
    }

    @Test func anOrganisationNameTooLongIsRefusedAtTheNameField() async throws {
        try await withVeerkracht { app in
            try await app.createUser("admin@example.org", admin: true)
            let browser = Browser(app)
            _ = try await browser.signIn("admin@example.org")
            let name = String(repeating: "O", count: NameRules.maximumLength + 1)
            let page = try await browser.post(Route.adminOrganisations.path, ["name": name], follow: false)
            #expect(page.status == .unprocessableEntity && pageNames(page, field: "name"))
            #expect(page.body.contains(Dutch().nameTooLong(maximum: NameRules.maximumLength)))
            #expect(try await Organisation.query(on: app.db).count() == 0)
        }
    }
}
