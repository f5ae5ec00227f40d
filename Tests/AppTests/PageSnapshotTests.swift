import Fluent
import Foundation
import SnapshotTesting
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// The key pages as HTML on fixed data and a fixed clock, in both languages, so a change to a
/// page shows in review as a diff of its snapshot (`__Snapshots__/PageSnapshotTests/`). What a
/// page must do stays pinned by the behaviour tests; these only make every change visible.
/// A deliberate change: delete the snapshot file and run the test once to write it again.
@Suite struct PageSnapshotTests {
    /// A small organisation on 1 December 2026: a wave that closed on 30 November with six
    /// answers, an open one, a programme and a planned conversation.
    struct World {
        let app: Application
        let organisation: UUID
        let closedWave: UUID
        let openWave: UUID
        let programme: UUID
        let conversation: UUID
        let profileToken: String
        let surveyToken: String
        let thanksToken: String
        let advisor: Browser
    }

    private static let amsterdam = WaveSettings.defaultTimeZone

    private static func local(_ text: String) throws -> Date { try #require(LocalMoment.parse(text, in: amsterdam)) }

    private func world(_ app: Application, language: String) async throws -> World {
        app.clock = .fixed(try Self.local("2026-11-20T11:00"))
        let organisation = try await app.createOrganisation("Zorggroep De Linde")
        let zorg = try await app.createUnit("Zorg", in: organisation, code: "ZRG")
        let noord = try await app.createUnit("Team Noord", in: organisation, under: zorg)
        let zuid = try await app.createUnit("Team Zuid", in: organisation, under: zorg)
        var people: [UUID] = []
        for i in 0..<4 { people.append(try await app.createPerson("n\(i)", in: organisation, unit: noord)) }
        for i in 0..<2 { people.append(try await app.createPerson("z\(i)", in: organisation, unit: zuid)) }
        let waiting = try await app.createPerson("n9", in: organisation, unit: noord)
        let closedWave = try await app.createWave(
            in: organisation, units: [zorg], instruments: ["dlo@1", "lp@1"],
            opensAt: try Self.local("2026-11-02T09:00"), closesAt: try Self.local("2026-11-30T17:00"))
        var tokens: [String] = []
        for (index, person) in people.enumerated() {
            tokens.append(try await app.submitScan(wave: closedWave, person: person, value: [4, 4, 3, 5, 2, 3][index]))
        }
        app.clock = .fixed(try Self.local("2026-12-01T10:00"))
        let openWave = try await app.createWave(
            in: organisation, units: [zorg], instruments: ["dlo@1", "lp@1"],
            opensAt: try Self.local("2026-11-30T09:00"), closesAt: try Self.local("2026-12-21T17:00"))
        let thanksToken = try await app.submitScan(wave: openWave, person: people[0])

        var programme = Programme(name: "Samen roosteren")
        programme.owner = "Team Noord"
        programme.status = .running
        programme.start = CalendarDate(year: 2026, month: 1, day: 12)
        programme.destination = "Teams maken hun eigen rooster en leren van elkaars keuzes."
        programme.targetUnits = [noord]
        programme.investments = [
            Programme.Investment(year: 2026, money: 12_500, participantHours: 160, coveringHours: 40, bearer: .organisation)
        ]
        let programmeID = try await ProgrammeStore(db: app.db, organisationID: organisation).save(programme, id: nil)

        let advisor = try await app.signedIn(as: "adviseur@example.org", .advisor, in: organisation)
        advisor.acceptLanguage = language
        let created = try await advisor.post(
            Route.conversations(organisation).path, ["title": "Gesprek december", "planned_on": "2026-12-10"],
            follow: false)
        let conversation = try #require(created.location.flatMap { $0.split(separator: "/").last.flatMap { UUID(uuidString: String($0)) } })
        return World(
            app: app, organisation: organisation, closedWave: closedWave, openWave: openWave, programme: programmeID,
            conversation: conversation, profileToken: tokens[0],
            surveyToken: try await app.surveyToken(wave: openWave, person: waiting), thanksToken: thanksToken, advisor: advisor)
    }

    /// The pages, each by the path a person opens, and whether it needs a signed-in advisor.
    private func pages(_ w: World) -> [(name: String, path: String, signedIn: Bool)] {
        let org = w.organisation
        return [
            ("sign-in", Route.signIn.path, false),
            ("organisation", Route.organisation(org).path, true),
            ("wave", Route.wave(org, wave: w.closedWave).path, true),
            ("survey", Route.survey(token: w.surveyToken).path, false),
            ("thanks", Route.surveyThanks(token: w.thanksToken).path, false),
            ("profile", Route.surveyProfile(token: w.profileToken).path, false),
            ("results", Route.waveResults(org, wave: w.closedWave).path, true),
            ("heatmap", Route.waveHeatmap(org, wave: w.closedWave).path, true),
            ("dashboard", Route.dashboard(org).path, true),
            ("conversation", Route.conversation(org, conversation: w.conversation).path, true),
            ("portfolio", Route.portfolio(org).path, true),
            ("programme", Route.programme(org, programme: w.programme).path, true)
        ]
    }

    @Test(arguments: ["nl", "en"]) func theKeyPagesLookAsReviewed(language: String) async throws {
        try await withVeerkracht { app in
            let w = try await world(app, language: language)
            for page in pages(w) {
                let browser = page.signedIn ? w.advisor : Browser(app, acceptLanguage: language)
                let answer = try await browser.get(page.path)
                #expect(answer.status == .ok, "\(page.name)")
                assertSnapshot(of: Self.normalised(answer.body), as: .lines, named: "\(page.name).\(language)")
            }
        }
    }

    /// What differs from run to run only: ids, tokens and the software's version. One tag per
    /// line, so a diff shows what changed.
    static func normalised(_ html: String) -> String {
        var text = html
        var ids: [String: String] = [:]
        let uuid = /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}/
        text = text.replacing(uuid) { match in
            let key = String(match.output).uppercased()
            if let known = ids[key] { return known }
            ids[key] = "<id-\(ids.count + 1)>"
            return ids[key]!
        }
        text = text.replacing(/name="_csrf" value="[^"]*"/, with: "name=\"_csrf\" value=\"<csrf>\"")
        text = text.replacing(/\/s\/[A-Za-z0-9_-]{20,}/, with: "/s/<token>")
        text = text.replacing(VeerkrachtVersion.current, with: "<version>")
        return text.replacingOccurrences(of: "><", with: ">\n<") + "\n"
    }
}
