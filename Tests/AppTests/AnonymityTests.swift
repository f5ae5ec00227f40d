import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VeerkrachtCore

@testable import App

/// The findings of the anonymity audit, each on the path it leaked through.
@Suite struct AnonymityTests {
    struct Setting {
        let organisation: UUID, zorg: UUID, noord: UUID, zuid: UUID, wave: UUID
        /// Noord's people, then Zuid's.
        let noordPeople: [UUID], zuidPeople: [UUID]
    }

    /// Zorg with Noord (`noord` people) and Zuid (`zuid` people), in a wave of the DLO and
    /// learning-preference scans with threshold 3; nobody has answered yet.
    private func setting(_ app: Application, noord: Int, zuid: Int) async throws -> Setting {
        let organisation = try await app.createOrganisation("Zorggroep")
        let zorg = try await app.createUnit("Zorg", in: organisation)
        let noordUnit = try await app.createUnit("Noord", in: organisation, under: zorg)
        let zuidUnit = try await app.createUnit("Zuid", in: organisation, under: zorg)
        var noordPeople: [UUID] = []
        var zuidPeople: [UUID] = []
        for i in 0..<noord { noordPeople.append(try await app.createPerson("n\(i)", in: organisation, unit: noordUnit)) }
        for i in 0..<zuid { zuidPeople.append(try await app.createPerson("z\(i)", in: organisation, unit: zuidUnit)) }
        let wave = try await app.createWave(in: organisation, units: [zorg], instruments: ["dlo@1", "lp@1"], threshold: 3)
        return Setting(
            organisation: organisation, zorg: zorg, noord: noordUnit, zuid: zuidUnit, wave: wave,
            noordPeople: noordPeople, zuidPeople: zuidPeople)
    }

    private func signedIn(_ app: Application, _ s: Setting, _ role: Role) async throws -> Browser {
        try await app.signedIn(as: "\(role.rawValue)@example.org", role, in: s.organisation)
    }

    // MARK: - Team mix (findings 1, 2, 3 and 7)

    @Test func aOnePersonTeamsMixIsNotShownOverTheAPIWhereItsResultsAreNot() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, noord: 5, zuid: 1)
            for person in s.noordPeople + s.zuidPeople { try await app.submitScan(wave: s.wave, person: person, share: true) }
            try await app.closeWave(s.wave)
            let client = try await app.apiClient("manager@example.org", .manager, in: s.organisation)
            let results = try await client.get(Route.apiWaveResults(s.organisation, wave: s.wave).path + "?unit=\(s.zuid.uuidString)")
            #expect(results.object["shown"] as? Bool == false)
            let mix = try await client.get(Route.apiWaveTeamMix(s.organisation, wave: s.wave).path + "?unit=\(s.zuid.uuidString)")
            #expect(mix.status == .ok)
            #expect(mix.object["shown"] as? Bool == false)
            #expect(mix.object["people"] is NSNull && (mix.object["preferences"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func theTeamMixPageShowsASharedNameButNoFigureForATeamTooSmall() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, noord: 5, zuid: 1)
            for person in s.noordPeople + s.zuidPeople { try await app.submitScan(wave: s.wave, person: person, share: true) }
            try await app.closeWave(s.wave)
            let page = try await signedIn(app, s, .manager).get(
                Route.teamMix(s.organisation, wave: s.wave).path + "?unit=\(s.zuid.uuidString)")
            #expect(page.body.contains("z0@example.org"))
            #expect(page.body.contains(Dutch().mixSuppressed(threshold: 3)))
            #expect(!page.body.contains("Sterkste voorkeur"))
        }
    }

    @Test func aViewersTokenCannotReadATeamMixAsTheViewerCannotOpenThePage() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, noord: 5, zuid: 1)
            let client = try await app.apiClient("script@example.org", .viewer, in: s.organisation)
            let mix = try await client.get(Route.apiWaveTeamMix(s.organisation, wave: s.wave).path)
            #expect(mix.status == .forbidden)
            #expect(try await signedIn(app, s, .viewer).get(Route.teamMix(s.organisation, wave: s.wave).path).status == .forbidden)
        }
    }

    @Test func someoneWhoLeftTheirAnswersOutIsInNoMixNorOnTheDiversityPageNorTheDashboard() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, noord: 8, zuid: 0)
            for (index, person) in s.noordPeople.enumerated() {
                try await app.submitScan(wave: s.wave, person: person, value: index == 0 ? 1 : 4, leaveOut: index == 0)
            }
            try await app.closeWave(s.wave)
            let client = try await app.apiClient("manager@example.org", .manager, in: s.organisation)
            let results = try await client.get(Route.apiWaveResults(s.organisation, wave: s.wave).path)
            let scales = try #require(results.object["scales"] as? [[String: Any]])
            #expect(scales.allSatisfy { $0["n"] as? Int == 7 })
            let mix = try await client.get(Route.apiWaveTeamMix(s.organisation, wave: s.wave).path)
            // Eight times the mix minus seven times the results gave her scores: now both count the same seven.
            #expect(mix.object["people"] as? Int == 7)
            let browser = try await signedIn(app, s, .advisor)
            let diversity = try await browser.get(Route.waveDiversity(s.organisation, wave: s.wave).path)
            #expect(diversity.body.contains("<td class=\"number\">7</td>") && !diversity.body.contains("<td class=\"number\">8</td>"))
            let dashboard = try await browser.get(Route.dashboard(s.organisation).path)
            #expect(dashboard.body.contains("De leervoorkeuren van de 7 mensen"))
        }
    }

    @Test func theDashboardOfAUnitWhoseScanIsSuppressedSaysNothingOfItsPreferences() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, noord: 5, zuid: 1)
            for person in s.noordPeople + s.zuidPeople { try await app.submitScan(wave: s.wave, person: person) }
            try await app.closeWave(s.wave)
            let page = try await signedIn(app, s, .manager).get(Route.dashboard(s.organisation).path + "?unit=\(s.zuid.uuidString)")
            #expect(page.body.contains(Dutch().scanSuppressed(threshold: 3)))
            #expect(!page.body.contains("De leervoorkeuren van de"))
        }
    }

    @Test func theProfileOfSomeoneWhoLeftTheirAnswersOutDoesNotClaimItCountsAnywhere() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, noord: 3, zuid: 0)
            let token = try await app.submitScan(wave: s.wave, person: s.noordPeople[0], leaveOut: true)
            let page = try await Browser(app).get(Route.surveyProfile(token: token).path)
            #expect(page.body.contains(Dutch().sharingStatus(false, counted: false)) && page.body.contains(Dutch().countedStatus(false)))
            #expect(!page.body.contains("anonieme overzichten"))
        }
    }

    // MARK: - Open waves (finding 4)

    @Test func anOpenWavesResultsAndExportsAreWithheldByDefault() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, noord: 5, zuid: 3)
            for person in s.noordPeople + s.zuidPeople { try await app.submitScan(wave: s.wave, person: person) }
            let advisor = try await signedIn(app, s, .advisor)
            #expect(try await advisor.get(Route.waveResults(s.organisation, wave: s.wave).path).body.contains(Dutch().resultsWithheld))
            let responses = try await advisor.get(Route.waveResponsesCSV(s.organisation, wave: s.wave).path)
            #expect(responses.body.split(separator: "\r\n").count == 1)
            let aggregates = try await advisor.get(Route.waveAggregatesCSV(s.organisation, wave: s.wave).path)
            #expect(aggregates.body.split(separator: "\r\n").count == 1)
            let client = try await app.apiClient("viewer@example.org", .viewer, in: s.organisation)
            #expect(try await client.get(Route.apiWaveResults(s.organisation, wave: s.wave).path).object["shown"] as? Bool == false)
        }
    }

    @Test func liveResultsMoveOnlyInStepsThatAddAtLeastTheThresholdToEveryGroupThatChanges() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, noord: 8, zuid: 0)
            let advisor = try await signedIn(app, s, .advisor)
            _ = try await advisor.post(Route.waveLiveResults(s.organisation, wave: s.wave).path, ["live": "1"])
            let client = try await app.apiClient("viewer@example.org", .viewer, in: s.organisation)
            func n() async throws -> Int? {
                let results = try await client.get(Route.apiWaveResults(s.organisation, wave: s.wave).path)
                return (results.object["scales"] as? [[String: Any]])?.first?["n"] as? Int
            }
            for person in s.noordPeople.prefix(3) { try await app.submitScan(wave: s.wave, person: person) }
            #expect(try await n() == 3)
            // One more: a step of one person would single them out, so the figures stay.
            try await app.submitScan(wave: s.wave, person: s.noordPeople[3])
            #expect(try await n() == 3)
            try await app.submitScan(wave: s.wave, person: s.noordPeople[4])
            #expect(try await n() == 3)
            try await app.submitScan(wave: s.wave, person: s.noordPeople[5])
            #expect(try await n() == 6)
            // Open answers wait for the close whatever the live setting.
            #expect(
                try await advisor.get(Route.waveOpenAnswers(s.organisation, wave: s.wave).path).body.contains(
                    Dutch().groupSuppressed(threshold: 10)))
        }
    }

    @Test func onlyAnAdvisorTurnsLiveResultsOnAndABadChoiceChangesNothing() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, noord: 3, zuid: 0)
            let manager = try await signedIn(app, s, .manager)
            #expect(
                try await manager.post(Route.waveLiveResults(s.organisation, wave: s.wave).path, ["live": "1"], follow: false).status
                    == .forbidden)
            let advisor = try await signedIn(app, s, .advisor)
            #expect(
                try await advisor.post(Route.waveLiveResults(s.organisation, wave: s.wave).path, ["live": "yes"], follow: false).status
                    == .badRequest)
            #expect(try await Wave.find(s.wave, on: app.db)?.liveResults == false)
        }
    }

    @Test func theResponseExportIsNotInTheOrderOfSubmission() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, noord: 6, zuid: 0)
            // Answers falling with each submit: in stored order the export would run 5, 4, 3, …
            for (index, person) in s.noordPeople.enumerated() {
                try await app.submitScan(wave: s.wave, person: person, value: 5 - index % 5)
            }
            try await app.closeWave(s.wave)
            let csv = try await signedIn(app, s, .advisor).get(Route.waveResponsesCSV(s.organisation, wave: s.wave).path)
            let rows = csv.body.split(separator: "\r\n").dropFirst()
            #expect(rows.count == 6)
            #expect(Array(rows) == Array(rows).sorted())
        }
    }

    @Test func openAnswersNeedTheirOwnHigherThreshold() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, noord: 6, zuid: 0)
            for person in s.noordPeople { try await app.submitScan(wave: s.wave, person: person) }
            let sql = app.db.sql
            try await sql.insert(into: "open_answers").columns("id", "wave_id", "unit_id", "question_code", "text")
                .values(SQLBind(UUID()), SQLBind(s.wave), SQLBind(s.noord), SQLBind("DLO.O.K2"), SQLBind("Meer tijd")).run()
            try await app.closeWave(s.wave)
            let page = try await signedIn(app, s, .advisor).get(Route.waveOpenAnswers(s.organisation, wave: s.wave).path)
            // Six respondents pass the wave's threshold of 3, not the open answers' 10.
            #expect(!page.body.contains("Meer tijd") && page.body.contains(Dutch().groupSuppressed(threshold: 10)))
        }
    }
}
