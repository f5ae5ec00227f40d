import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

// Serialized to bound the load: every test signs people in (a deliberately slow password hash on
// the shared thread pool) and sends many requests; all at once, beside the other suites, they
// could wait past the database pool's time-out on a two-core machine.
@Suite(.serialized) struct APITests {
    /// Two organisations, each with a unit, a wave with answers and a programme.
    struct World {
        let scan: ScanSetting
        let programme: UUID
        let otherOrganisation: UUID, otherUnit: UUID, otherWave: UUID, otherProgramme: UUID
    }

    private func world(_ app: Application) async throws -> World {
        let scan = try await ScanSetting.make(app)
        let programme = try await app.overdueProgramme(in: scan.organisation)
        let other = try await app.createOrganisation("Elders")
        let otherUnit = try await app.createUnit("Elders", in: other)
        try await app.createPerson("e1", in: other, unit: otherUnit)
        let otherWave = try await app.createWave(in: other, units: [otherUnit])
        let otherProgramme = try await app.overdueProgramme(in: other)
        return World(
            scan: scan, programme: programme, otherOrganisation: other, otherUnit: otherUnit, otherWave: otherWave,
            otherProgramme: otherProgramme)
    }

    /// Every operation of the API, with the ids it needs.
    private func operations(org: UUID, wave: UUID, programme: UUID) -> [(HTTPMethod, String, Any?)] {
        [
            (.GET, Route.apiUnits(org).path, nil), (.POST, Route.apiUnits(org).path, ["name": "Nieuw"]),
            (.GET, Route.apiPeople(org).path, nil), (.POST, Route.apiPeople(org).path, ["people": [["externalId": "x1"]]]),
            (.GET, Route.apiWaves(org).path, nil), (.POST, Route.apiWaves(org).path, ["name": "W"]),
            (.GET, Route.apiWave(org, wave: wave).path, nil), (.POST, Route.apiWaveOpen(org, wave: wave).path, nil),
            (.POST, Route.apiWaveClose(org, wave: wave).path, nil), (.GET, Route.apiWaveLinks(org, wave: wave).path, nil),
            (.GET, Route.apiWaveResponseRates(org, wave: wave).path, nil), (.GET, Route.apiWaveResults(org, wave: wave).path, nil),
            (.GET, Route.apiWaveTeamMix(org, wave: wave).path, nil),
            (.GET, Route.apiWaveTrend(org, wave: wave, scale: "dlo-K2").path, nil), (.GET, Route.apiProgrammes(org).path, nil),
            (.POST, Route.apiProgrammes(org).path, ["name": "P"]), (.GET, Route.apiProgramme(org, programme: programme).path, nil),
            (.PUT, Route.apiProgramme(org, programme: programme).path, ["name": "P"]),
            (.POST, Route.apiProgrammeEvaluation(org, programme: programme).path, ["benefits": 1]),
            (.GET, Route.apiDashboard(org).path, nil)
        ]
    }

    @Test func everyOperationAnswersNotFoundForAnotherOrganisationsIds() async throws {
        try await withVeerkracht { app in
            let w = try await world(app)
            let client = try await app.apiClient("advisor@example.org", .advisor, in: w.scan.organisation)
            // Another organisation in the path, and this organisation's path with the other's ids.
            let foreign =
                operations(org: w.otherOrganisation, wave: w.otherWave, programme: w.otherProgramme)
                + operations(org: w.scan.organisation, wave: w.otherWave, programme: w.otherProgramme).filter {
                    $0.1.contains(w.otherWave.uuidString) || $0.1.contains(w.otherProgramme.uuidString)
                }
            for (method, path, body) in foreign {
                let answer = try await client.send(method, path, json: body ?? (method == .GET ? nil : [String: Any]()))
                #expect(answer.status == .notFound, "\(method) \(path)")
                #expect(answer.error?["code"] as? String == "not_found", "\(method) \(path)")
            }
            let unit = try await client.get(
                Route.apiWaveResults(w.scan.organisation, wave: w.scan.wave).path + "?unit=\(w.otherUnit.uuidString)")
            #expect(unit.status == .notFound)
            #expect(try await ProgrammeStore(db: app.db, organisationID: w.otherOrganisation).find(w.otherProgramme).benefits == nil)
        }
    }

    @Test func aViewersTokenReadsButEveryWriteIsForbidden() async throws {
        try await withVeerkracht { app in
            let w = try await world(app)
            let client = try await app.apiClient("viewer@example.org", .viewer, in: w.scan.organisation)
            for (method, path, body) in operations(org: w.scan.organisation, wave: w.scan.wave, programme: w.programme) {
                let answer = try await client.send(method, path, json: body ?? (method == .GET ? nil : [String: Any]()))
                // The personnel list, the links and a team's mix are not for viewers (the pages agree).
                let writes = method != .GET || path.hasSuffix("/people") || path.hasSuffix("/links") || path.hasSuffix("/team-mix")
                // A read may still be refused for what it asks (team mix of a wave without that scan), never for the role.
                let code = answer.status.code
                let allowed = writes ? code == 403 : (code != 401 && code != 403 && code < 500)
                #expect(allowed, "\(method) \(path): \(code)")
            }
        }
    }

    @Test func theDocumentNamesExactlyTheRoutesOfTheAPI() async throws {
        try await withVeerkracht { app in
            let document = try #require(try JSONSerialization.jsonObject(with: APIDocument.data) as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let documented = Set(
                paths.flatMap { path, operations in
                    operations.keys.filter { ["get", "post", "put", "patch", "delete"].contains($0) }.map { "\($0.uppercased()) \(path)" }
                })
            let routed = Set(
                app.routes.all.filter { $0.path.first == .constant("api") }.map { route in
                    "\(route.method.rawValue) /"
                        + route.path.map { component -> String in
                            if case .parameter(let name) = component { return "{\(name)}" }
                            return component.description
                        }.joined(separator: "/")
                })
            #expect(routed.subtracting(documented).isEmpty, "routes missing from the document: \(routed.subtracting(documented).sorted())")
            #expect(
                documented.subtracting(routed).isEmpty, "documented routes that do not exist: \(documented.subtracting(routed).sorted())")
            #expect(routed.count == 21)
        }
    }

    @Test func theDocumentListsExactlyTheBandsAndInstrumentsTheAPIAccepts() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: APIDocument.data) as? [String: Any])
        let text = String(decoding: APIDocument.data, as: UTF8.self)
        for band in BandFilter.all { #expect(text.contains("\"\(band.text)\""), "\(band.text)") }
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        let create = try #require(schemas["WaveCreate"] as? [String: Any])
        let instruments = try #require(
            ((create["properties"] as? [String: Any])?["instruments"] as? [String: Any])?["items"] as? [String: Any])
        #expect(Set(instruments["enum"] as? [String] ?? []) == Set(InstrumentCatalog.all.map(\.reference)))
    }

    @Test func aUnitMadeOverTheAPIIsListedAndADuplicateNamesTheField() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let client = try await app.apiClient("advisor@example.org", .advisor, in: organisation)
            let made = try await client.post(Route.apiUnits(organisation).path, ["name": "Zorg", "code": "Z1"])
            #expect(made.status == .created && made.object["name"] as? String == "Zorg")
            #expect(try await client.get(Route.apiUnits(organisation).path).items.map { $0["name"] as? String } == ["Zorg"])
            let again = try await client.post(Route.apiUnits(organisation).path, ["name": "Zorg"])
            #expect(again.status == .unprocessableEntity && again.error?["field"] as? String == "name")
            #expect(try await Unit.query(on: app.db).count() == 1)
            // The document's maxLength counts code points: 61 accented letters are 122 code points, over the 120 allowed.
            let accented = String(repeating: "e\u{301}", count: 61)
            #expect(try await client.post(Route.apiUnits(organisation).path, ["name": accented]).status == .unprocessableEntity)
        }
    }

    @Test func listsComeInPagesThatACursorWalksThrough() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            for name in ["A", "B", "C"] { try await app.createUnit(name, in: organisation) }
            let client = try await app.apiClient("viewer@example.org", .viewer, in: organisation)
            var seen: [String] = []
            var path = Route.apiUnits(organisation).path + "?limit=2"
            while true {
                let page = try await client.get(path)
                seen += page.items.compactMap { $0["name"] as? String }
                guard let next = page.object["nextCursor"] as? String else { break }
                path = Route.apiUnits(organisation).path + "?limit=2&cursor=\(next)"
            }
            #expect(seen.sorted() == ["A", "B", "C"] && seen.count == 3)
            #expect(try await client.get(Route.apiUnits(organisation).path + "?limit=0").error?["field"] as? String == "limit")
            #expect(try await client.get(Route.apiUnits(organisation).path + "?cursor=bogus").status == .unprocessableEntity)
        }
    }

    @Test func aWavesLinksComeInPagesInOrderOfExternalIDEachOnce() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let unit = try await app.createUnit("Zorg", in: organisation)
            let ids = ["p07", "p01", "p05", "p03", "p02", "p06", "p04"]
            for id in ids { try await app.createPerson(id, in: organisation, unit: unit) }
            // Someone of another organisation with an id in the middle is never listed.
            let other = try await app.createOrganisation("Ander")
            try await app.createPerson("p035", in: other, unit: try await app.createUnit("Elders", in: other))
            let wave = try await app.createWave(in: organisation, units: [unit])
            let client = try await app.apiClient("advisor@example.org", .advisor, in: organisation)
            var seen: [String] = []
            var pages = 0
            var path = Route.apiWaveLinks(organisation, wave: wave).path + "?limit=3"
            while true {
                let page = try await client.get(path)
                pages += 1
                #expect(page.items.count <= 3)
                seen += page.items.compactMap { $0["externalId"] as? String }
                guard let next = page.object["nextCursor"] as? String else { break }
                path = Route.apiWaveLinks(organisation, wave: wave).path + "?limit=3&cursor=\(next)"
            }
            #expect(seen == ids.sorted())
            #expect(pages == 3)
        }
    }

    @Test func resultsCarryAnETagAndHideAGroupTooSmall() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let client = try await app.apiClient("viewer@example.org", .viewer, in: s.organisation)
            let results = try await client.get(Route.apiWaveResults(s.organisation, wave: s.wave).path)
            #expect(results.status == .ok && results.object["shown"] as? Bool == true)
            #expect((results.object["scales"] as? [[String: Any]])?.first?["n"] as? Int == 6)
            let tag = try #require(results.headers.first(name: .eTag))
            let again = try await client.get(Route.apiWaveResults(s.organisation, wave: s.wave).path, headers: ["If-None-Match": tag])
            #expect(again.status == .notModified && again.body.isEmpty)
            let zuid = try await client.get(Route.apiWaveResults(s.organisation, wave: s.wave).path + "?unit=\(s.zuid.uuidString)")
            #expect(zuid.object["shown"] as? Bool == false && (zuid.object["scales"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func aPeopleImportWithOneBadRecordTakesInNobody() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            try await app.createUnit("Zorg", in: organisation)
            let client = try await app.apiClient("advisor@example.org", .advisor, in: organisation)
            let bad = try await client.post(
                Route.apiPeople(organisation).path,
                [
                    "people": [
                        ["externalId": "1", "email": "a@example.org", "unit": "Zorg"],
                        ["externalId": "2", "email": "not an address", "unit": "Zorg"]
                    ]
                ])
            #expect(bad.status == .unprocessableEntity && (bad.error?["message"] as? String)?.contains("line 3") == true)
            #expect(try await Person.query(on: app.db).count() == 0)
            let good = try await client.send(
                .POST, Route.apiPeople(organisation).path,
                raw: ("external_id,email,unit\n1,a@example.org,Zorg\n2,b@example.org,Zorg\n", "text/csv"))
            #expect(good.status == .ok && good.object["created"] as? Int == 2)
            #expect(try await client.get(Route.apiPeople(organisation).path).items.count == 2)
        }
    }

    @Test func aWaveIsCreatedOpenedAndClosedOverTheAPI() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let unit = try await app.createUnit("Zorg", in: organisation)
            for i in 0..<3 { try await app.createPerson("p\(i)", in: organisation, unit: unit) }
            let client = try await app.apiClient("advisor@example.org", .advisor, in: organisation)
            let made = try await client.post(
                Route.apiWaves(organisation).path,
                [
                    "name": "Voorjaar", "instruments": ["dlo@1"], "units": [unit.uuidString],
                    "opensAt": "2026-01-01T08:00:00.000+01:00", "closesAt": "2030-01-01T08:00:00Z"
                ])
            #expect(made.status == .created && made.object["status"] as? String == "draft")
            let wave = try #require(UUID(uuidString: made.object["id"] as? String ?? ""))
            #expect(try await client.post(Route.apiWaveOpen(organisation, wave: wave).path).object["status"] as? String == "open")
            #expect(try await client.post(Route.apiWaveOpen(organisation, wave: wave).path).status == .conflict)
            #expect(try await client.get(Route.apiWaveLinks(organisation, wave: wave).path).items.count == 3)
            let rates = try await client.get(Route.apiWaveResponseRates(organisation, wave: wave).path)
            #expect((rates.json as? [[String: Any]])?.first?["belowThreshold"] as? Bool == true)
            #expect(try await client.post(Route.apiWaveClose(organisation, wave: wave).path).object["status"] as? String == "closed")
            let late = try await client.post(
                Route.apiWaves(organisation).path,
                [
                    "name": "Fout", "instruments": ["dlo@1"], "units": [unit.uuidString],
                    "opensAt": "2026-02-01T08:00:00Z", "closesAt": "2026-01-01T08:00:00Z"
                ])
            #expect(late.status == .unprocessableEntity && late.error?["field"] as? String == "closesAt")
        }
    }

    @Test func aProgrammeIsKeptAndEvaluatedOverTheAPIWithTheRulesOfThePages() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let client = try await app.apiClient("advisor@example.org", .advisor, in: organisation)
            let made = try await client.post(Route.apiProgrammes(organisation).path, ["name": "Samen roosteren", "status": "running"])
            #expect(made.status == .unprocessableEntity && made.error?["field"] as? String == "destination")
            let ok = try await client.post(
                Route.apiProgrammes(organisation).path,
                [
                    "name": "Samen roosteren", "status": "running",
                    "destination": "Teams roosteren zelf", "start": "2025-01-01"
                ])
            let id = try #require(UUID(uuidString: ok.object["id"] as? String ?? ""))
            let evaluated = try await client.post(
                Route.apiProgrammeEvaluation(organisation, programme: id).path, ["benefits": 5000, "attributedShare": 0.5])
            #expect(((evaluated.object["programme"] as? [String: Any])?["benefits"] as? Double) == 5000)
            let share = try await client.post(Route.apiProgrammeEvaluation(organisation, programme: id).path, ["attributedShare": 2])
            #expect(share.status == .unprocessableEntity && share.error?["field"] as? String == "attributedShare")
            let dashboard = try await client.get(Route.apiDashboard(organisation).path)
            let topics = dashboard.object["topics"] as? [[String: Any]] ?? []
            #expect(topics.map { $0["topic"] as? String } == Topic.allCases.map(\.rawValue))
        }
    }

    @Test func anUnofferedMethodIsMethodNotAllowedWithTheMethodsThatAre() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let client = try await app.apiClient("advisor@example.org", .advisor, in: organisation)
            let answer = try await client.send(.DELETE, Route.apiUnits(organisation).path)
            #expect(answer.status == .methodNotAllowed && answer.headers.first(name: .allow) == "GET, POST")
        }
    }
}
