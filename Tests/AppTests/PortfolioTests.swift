import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

// Serialized to bound the load: every test signs people in (a deliberately slow password hash on
// the shared thread pool) and sends many requests; all at once, beside the other suites, they
// could wait past the database pool's time-out on a two-core machine.
@Suite(.serialized) struct PortfolioPageTests {
    private func setup(_ app: Application, role: Role = .advisor) async throws -> (organisation: UUID, browser: Browser) {
        let organisation = try await app.createOrganisation("Zorggroep")
        try await app.createUser("\(role.rawValue)@example.org", organisation: organisation, role: role)
        let browser = Browser(app)
        _ = try await browser.signIn("\(role.rawValue)@example.org")
        return (organisation, browser)
    }

    private func programme(_ app: Application, _ organisation: UUID, _ p: Programme = Programme(name: "Teamleren")) async throws -> UUID {
        try await ProgrammeStore(db: app.db, organisationID: organisation).save(p, id: nil)
    }

    @Test func anAdvisorAddsAProgrammeAndLandsOnItsPage() async throws {
        try await withVeerkracht { app in
            let (organisation, advisor) = try await setup(app)
            let page = try await advisor.post(Route.portfolio(organisation).path, ["name": "Samen roosteren"])
            #expect(page.status == .ok && page.body.contains("<h1>Samen roosteren</h1>"))
            #expect(try await ProgrammeRow.query(on: app.db).count() == 1)
        }
    }

    @Test func aViewerReadsButCannotEdit() async throws {
        try await withVeerkracht { app in
            let (organisation, viewer) = try await setup(app, role: .viewer)
            let id = try await programme(app, organisation)
            let page = try await viewer.get(Route.programme(organisation, programme: id).path)
            #expect(page.status == .ok && page.body.contains("Teamleren") && !page.body.contains("<form id=\"details\""))
            #expect(try await viewer.post(Route.portfolio(organisation).path, ["name": "X"], follow: false).status == .forbidden)
            let act = Route.programmeAction(organisation, programme: id, action: "rule").path
            #expect(try await viewer.post(act, ["assumption": "X"], follow: false).status == .forbidden)
        }
    }

    @Test func runningWithoutDestinationAndAnEndBeforeTheStartAreRefusedNamingTheFieldsAndNothingIsSaved() async throws {
        try await withVeerkracht { app in
            let (organisation, advisor) = try await setup(app)
            let id = try await programme(app, organisation)
            let page = try await advisor.post(
                Route.programmeAction(organisation, programme: id, action: "details").path,
                ["name": "Teamleren", "status": "running", "start": "2026-05-01", "end": "2026-01-01", "destination": ""],
                follow: false)
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains(Dutch().programmeProblem(.runningWithoutDestination)))
            #expect(page.body.contains(Dutch().programmeProblem(.endBeforeStart)))
            #expect(try await ProgrammeStore(db: app.db, organisationID: organisation).find(id) == Programme(name: "Teamleren"))
        }
    }

    @Test func aNumberOfParticipantsOrAYearTooLargeForAWholeNumberIsRefusedAndTheServerStaysUp() async throws {
        try await withVeerkracht { app in
            let (organisation, advisor) = try await setup(app)
            let id = try await programme(app, organisation)
            // The page fuzzer found this: converting 1e300 to a whole number stopped the process.
            let details = try await advisor.post(
                Route.programmeAction(organisation, programme: id, action: "details").path,
                ["name": "Teamleren", "status": "idea", "participants": "1e300"], follow: false)
            #expect(
                details.status == .unprocessableEntity
                    && details.body.contains(Dutch().programmeProblem(.notANumber(field: "participants"))))
            let investment = try await advisor.post(
                Route.programmeAction(organisation, programme: id, action: "investment").path,
                ["year": "9e99", "money": "1", "bearer": "organisation"], follow: false)
            #expect(investment.status == .unprocessableEntity)
            #expect(try await ProgrammeStore(db: app.db, organisationID: organisation).find(id) == Programme(name: "Teamleren"))
        }
    }

    @Test func negativeMoneyIsRefused() async throws {
        try await withVeerkracht { app in
            let (organisation, advisor) = try await setup(app)
            let id = try await programme(app, organisation)
            let page = try await advisor.post(
                Route.programmeAction(organisation, programme: id, action: "investment").path,
                ["year": "2026", "money": "-1.500", "participant_hours": "10", "covering_hours": "2", "bearer": "organisation"],
                follow: false)
            #expect(page.status == .unprocessableEntity && page.body.contains(Dutch().programmeProblem(.negative(field: "money"))))
            #expect(try await ProgrammeStore(db: app.db, organisationID: organisation).find(id).investments.isEmpty)
        }
    }

    @Test func aYieldWithoutIndicatorIsRefusedAndOneAddedAfterTheStartIsMarked() async throws {
        try await withVeerkracht { app in
            let (organisation, advisor) = try await setup(app)
            var running = Programme(name: "Teamleren")
            running.status = .running
            running.destination = "Roosters worden in het team gemaakt"
            running.start = CalendarDate(year: 2025, month: 1, day: 1)
            let id = try await programme(app, organisation, running)
            let path = Route.programmeAction(organisation, programme: id, action: "yield").path
            let refused = try await advisor.post(
                path, ["level": "collective", "kind": "productDelivered", "indicator": " ", "target": "af"], follow: false)
            #expect(
                refused.status == .unprocessableEntity && refused.body.contains(Dutch().programmeProblem(.yieldWithoutIndicator(index: 0))))
            _ = try await advisor.post(
                path, ["level": "collective", "kind": "productDelivered", "indicator": "Afdelingsplan", "target": "opgeleverd"])
            let stored = try await ProgrammeStore(db: app.db, organisationID: organisation).find(id)
            #expect(stored.yields.count == 1 && stored.yields[0].addedAfterwards)
        }
    }

    @Test func evaluationGivesROIOnTheProgrammePage() async throws {
        try await withVeerkracht { app in
            let (organisation, advisor) = try await setup(app)
            var p = Programme(name: "Teamleren")
            p.investments = [.init(year: 2026, money: 10_000, participantHours: 0, coveringHours: 0, bearer: .organisation)]
            let id = try await programme(app, organisation, p)
            let page = try await advisor.post(
                Route.programmeAction(organisation, programme: id, action: "evaluation").path,
                ["benefits": "30.000", "attributed_share": "50", "hourly_cost": ""])
            #expect(page.body.contains("ROI: 50,0%") && page.body.contains("Baten/kosten: 1,50"))
        }
    }

    @Test func anotherOrganisationsProgrammeIsNotFound() async throws {
        try await withVeerkracht { app in
            let (organisation, advisor) = try await setup(app)
            let other = try await app.createOrganisation("Ander")
            let foreign = try await programme(app, other)
            #expect(try await advisor.get(Route.programme(organisation, programme: foreign).path).status == .notFound)
            let act = Route.programmeAction(organisation, programme: foreign, action: "rule").path
            #expect(try await advisor.post(act, ["assumption": "X"], follow: false).status == .notFound)
            #expect(
                try await advisor.post(Route.programmeAction(organisation, programme: foreign, action: "bogus").path, [:], follow: false)
                    .status == .notFound)
        }
    }

    @Test func theOverviewShowsTheViewsAndTheExportListsEveryProgramme() async throws {
        try await withVeerkracht { app in
            let (organisation, advisor) = try await setup(app)
            var p = Programme(name: "Teamleren")
            p.process = .samenwerking
            p.investments = [.init(year: 2025, money: 8_000, participantHours: 100, coveringHours: 30, bearer: .organisation)]
            _ = try await programme(app, organisation, p)
            let page = try await advisor.get(Route.portfolio(organisation).path)
            #expect(page.body.contains(Dutch().k1Title) && page.body.contains(Dutch().k3Title) && page.body.contains(Dutch().k5Title))
            #expect(page.body.contains("<svg class=\"profile-chart\""))
            let csv = try await advisor.get(Route.portfolioCSV(organisation).path)
            #expect(csv.body.contains("Teamleren;;idea") && csv.body.contains("8000,0000"))
        }
    }

    @Test func anImportWithOneBadRowAddsNothingAndListsEveryProblemWithItsLine() async throws {
        try await withVeerkracht { app in
            let (organisation, advisor) = try await setup(app)
            let csv =
                "name;status;start;end;destination\nSamen roosteren;running;2025-01-01;;Teams roosteren zelf\nLeiderschap;running;2025-05-01;2025-01-01;\n"
            let page = try await advisor.upload(
                Route.portfolioImport(organisation).path, file: Data(csv.utf8), name: "programmes.csv", follow: false)
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains(Dutch().importRowProblem(line: 3, column: "end", Dutch().programmeProblem(.endBeforeStart))))
            #expect(
                page.body.contains(
                    Dutch().importRowProblem(line: 3, column: "destination", Dutch().programmeProblem(.runningWithoutDestination))))
            #expect(try await ProgrammeRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aNameTooLongIsRefusedByThePageTheImportAndTheAPINamingTheSameField() async throws {
        try await withVeerkracht { app in
            let (organisation, advisor) = try await setup(app)
            let long = String(repeating: "x", count: ProgrammeLimits.shortText + 1)
            let message = Dutch().programmeProblem(.tooLong(field: "name", maximum: ProgrammeLimits.shortText))
            let page = try await advisor.post(Route.portfolio(organisation).path, ["name": long], follow: false)
            #expect(page.status == .unprocessableEntity && page.body.contains(message))
            let upload = try await advisor.upload(
                Route.portfolioImport(organisation).path, file: Data("name\n\(long)\n".utf8),
                name: "programmes.csv", follow: false)
            #expect(
                upload.status == .unprocessableEntity && upload.body.contains(Dutch().importRowProblem(line: 2, column: "name", message)))
            let api = try await app.apiClient("api@example.org", .advisor, in: organisation)
            let answer = try await api.post(Route.apiProgrammes(organisation).path, ["name": long])
            #expect(answer.status == .unprocessableEntity && answer.error?["field"] as? String == "name")
            #expect(try await ProgrammeRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aControlCharacterInAProgrammeTextOfAnImportIsRefusedNamingTheField() async throws {
        try await withVeerkracht { app in
            let (organisation, advisor) = try await setup(app)
            let csv = "name;owner\nTeamleren;HR\u{1}Zorg\n"
            let page = try await advisor.upload(
                Route.portfolioImport(organisation).path, file: Data(csv.utf8), name: "programmes.csv", follow: false)
            #expect(page.status == .unprocessableEntity)
            #expect(
                page.body.contains(
                    Dutch().importRowProblem(line: 2, column: "owner", Dutch().programmeProblem(.controlCharacter(field: "owner")))))
            #expect(try await ProgrammeRow.query(on: app.db).count() == 0)
        }
    }

    @Test func anExportImportsIntoAnotherOrganisationUnchanged() async throws {
        try await withVeerkracht { app in
            let (organisation, advisor) = try await setup(app)
            var p = Programme(name: "Samen roosteren")
            p.status = .running
            p.destination = "Teams roosteren zelf, ook in de zomer"
            p.start = CalendarDate(year: 2025, month: 2, day: 1)
            p.process = .samenwerking
            p.focus = .both
            p.participants = 40
            _ = try await programme(app, organisation, p)
            let csv = try await advisor.get(Route.portfolioCSV(organisation).path)
            let other = try await app.createOrganisation("Ander")
            try await app.createUser("second@example.org", organisation: other, role: .advisor)
            let second = Browser(app)
            _ = try await second.signIn("second@example.org")
            let imported = try await second.upload(
                Route.portfolioImport(other).path, file: Data(csv.body.utf8), name: "programmes.csv", follow: false)
            #expect(imported.status == .seeOther)
            let copy = try await ProgrammeStore(db: app.db, organisationID: other).all()
            #expect(copy.map(\.programme) == [p])
            // The same file again: every name exists now, so nothing is added.
            let again = try await second.upload(
                Route.portfolioImport(other).path, file: Data(csv.body.utf8), name: "programmes.csv", follow: false)
            #expect(again.status == .unprocessableEntity && again.body.contains(Dutch().programmeProblem(.duplicateName)))
        }
    }

    @Test func aGuidedReconstructionMakesDestinationAssumptionsAndYieldsExplicitAfterTheFact() async throws {
        try await withVeerkracht { app in
            let (organisation, advisor) = try await setup(app)
            let id = try await programme(app, organisation)
            let path = Route.programmeAction(organisation, programme: id, action: "reconstruction").path
            let refused = try await advisor.post(path, ["destination": "", "assumption_1": "", "indicator_1": ""], follow: false)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains(Dutch().programmeProblem(.required(field: "destination"))))
            #expect(try await ProgrammeStore(db: app.db, organisationID: organisation).find(id) == Programme(name: "Teamleren"))

            _ = try await advisor.post(
                path,
                [
                    "destination": "Teams delen wat ze leren", "assumption_1": "We verwachtten dat intervisie zou helpen",
                    "level_1": "collective", "kind_1": "noticeableChange", "indicator_1": "Teamoverleg over leren",
                    "target_1": "maandelijks", "level_2": "individual", "kind_2": "measurableResult", "indicator_2": ""
                ])
            let stored = try await ProgrammeStore(db: app.db, organisationID: organisation).find(id)
            #expect(stored.destination == "Teams delen wat ze leren" && stored.designRules.count == 1)
            #expect(stored.yields.count == 1 && stored.yields[0].addedAfterwards)
            #expect(stored.reconstructedOn == app.clock.today())
        }
    }
}
