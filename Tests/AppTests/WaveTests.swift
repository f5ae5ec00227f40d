import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VeerkrachtCore

@testable import App

@Suite struct WaveTests {
    struct Setting {
        let browser: Browser
        let organisation: UUID
        let zorg: UUID
        let noord: UUID
        let wonen: UUID
    }

    /// An advisor in an organisation with `Zorg`, `Zorg / Noord` and `Wonen`.
    private func setting(_ app: Application, role: Role = .advisor) async throws -> Setting {
        let organisation = try await app.createOrganisation("Zorggroep")
        let zorg = try await app.createUnit("Zorg", in: organisation)
        let noord = try await app.createUnit("Noord", in: organisation, under: zorg)
        let wonen = try await app.createUnit("Wonen", in: organisation)
        let browser = try await app.signedIn(as: "adv@example.org", role, in: organisation)
        return Setting(browser: browser, organisation: organisation, zorg: zorg, noord: noord, wonen: wonen)
    }

    private func formPairs(_ s: Setting, name: String = "Najaar 2026", units: [UUID]? = nil) -> [(String, String)] {
        [("name", name), ("instruments[]", "dlo@1"), ("instruments[]", "lp@1")]
            + (units ?? [s.zorg]).map { ("units[]", $0.uuidString) }
            + [
                ("opens_at", "2026-12-01T09:00"), ("closes_at", "2026-12-21T17:00"), ("time_zone", "Europe/Amsterdam"),
                ("threshold", "5"), ("languages[]", "nl"), ("languages[]", "en")
            ]
    }

    @Test func anAdvisorCreatesAWaveFromTheForm() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let page = try await s.browser.post(Route.waves(s.organisation).path, pairs: formPairs(s))
            #expect(page.status == .ok)
            let wave = try #require(try await Wave.query(on: app.db).first())
            #expect(wave.instruments == ["dlo@1", "lp@1"])
            #expect(wave.units == [s.zorg])
            #expect(wave.lifecycle.status == .draft)
            #expect(LocalMoment.format(wave.opensAt, in: wave.timeZone) == "2026-12-01T09:00")
            #expect(page.body.contains("Najaar 2026"))
        }
    }

    @Test func aWaveFormWithProblemsListsEachAndStoresNothing() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let pairs: [(String, String)] = [
                ("name", " "), ("opens_at", "2026-12-21T09:00"), ("closes_at", "2026-12-01T09:00"),
                ("time_zone", "Mars/Olympus"), ("threshold", "2")
            ]
            let page = try await s.browser.post(Route.waves(s.organisation).path, pairs: pairs)
            #expect(page.status == .unprocessableEntity)
            for text in [
                "Geef de meting een naam", "Kies minstens één scan", "Kies minstens één eenheid",
                "tijdzone kennen we niet", "minstens 3", "Kies minstens één taal"
            ] {
                #expect(page.body.contains(text), "missing: \(text)")
            }
            #expect(try await Wave.query(on: app.db).count() == 0)
        }
    }

    @Test func aManagerCannotCreateAWave() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, role: .manager)
            let page = try await s.browser.post(Route.waves(s.organisation).path, pairs: formPairs(s))
            #expect(page.status == .forbidden)
            #expect(try await Wave.query(on: app.db).count() == 0)
        }
    }

    @Test func openingInvitesEveryActivePersonInScopeIncludingSubUnits() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let inZorg = try await app.createPerson("1", in: s.organisation, unit: s.zorg)
            let inNoord = try await app.createPerson("2", in: s.organisation, unit: s.noord)
            try await app.createPerson("3", in: s.organisation, unit: s.noord, archived: true)
            try await app.createPerson("4", in: s.organisation, unit: s.wonen)
            let wave = try await app.createWave(in: s.organisation, units: [s.zorg], open: false)
            let page = try await s.browser.post(Route.waveOpen(s.organisation, wave: wave).path)
            #expect(page.status == .ok)
            #expect(page.body.contains("2 persoonlijke links"))
            #expect(page.body.contains("<dd>Open</dd>"))
            let invited = try await WaveInvitation.query(on: app.db).all()
            #expect(Set(invited.map { $0.$person.id }) == [inZorg, inNoord])
            #expect(invited.first { $0.$person.id == inNoord }?.unitID == s.noord)
            #expect(try await Wave.find(wave, on: app.db)?.lifecycle.status == .open)
        }
    }

    @Test func openingTwiceIsRefusedAndInvitesNobodyAgain() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            try await app.createPerson("1", in: s.organisation, unit: s.zorg)
            let wave = try await app.createWave(in: s.organisation, units: [s.zorg])
            let page = try await s.browser.post(Route.waveOpen(s.organisation, wave: wave).path)
            #expect(page.status == .conflict)
            #expect(try await WaveInvitation.query(on: app.db).count() == 1)
        }
    }

    @Test func openingAWaveWithNobodyInScopeIsRefusedAndItStaysADraft() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let wave = try await app.createWave(in: s.organisation, units: [s.wonen], open: false)
            let page = try await s.browser.post(Route.waveOpen(s.organisation, wave: wave).path)
            #expect(page.status == .conflict)
            #expect(page.body.contains("werkt niemand"))
            #expect(try await Wave.find(wave, on: app.db)?.lifecycle.status == .draft)
        }
    }

    @Test func theLinksFileHasOneWorkingPersonalLinkPerInvitee() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            for id in ["1", "2", "3"] { try await app.createPerson(id, in: s.organisation, unit: s.zorg) }
            let wave = try await app.createWave(in: s.organisation, units: [s.zorg])
            let csv = try await s.browser.get(Route.waveLinks(s.organisation, wave: wave).path)
            #expect(csv.status == .ok)
            #expect(csv.headers.contentType?.subType == "csv")
            let lines = csv.body.split(separator: "\r\n")
            #expect(lines.count == 4)
            #expect(lines[0] == "\u{FEFF}external_id;email;unit;status;link")
            let links = lines.dropFirst().map { String($0.split(separator: ";").last!) }
            #expect(Set(links).count == 3)
            let visitor = Browser(app)
            for link in links {
                let path = String(link.dropFirst("http://127.0.0.1:8080".count))
                #expect(try await visitor.get(path).status == .ok)
            }
        }
    }

    @Test func aLinkTokenHas256BitsAndOnlyItsHashIsStored() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let person = try await app.createPerson("1", in: s.organisation, unit: s.zorg)
            let wave = try await app.createWave(in: s.organisation, units: [s.zorg])
            let token = try await app.surveyToken(wave: wave, person: person)
            #expect(
                Data(base64Encoded: token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/") + "=")?.count
                    == 32)
            let invitation = try await app.invitation(wave: wave, person: person)
            #expect(invitation.tokenHash == SecureToken.hash(token))
            let rows = try await app.db.sql.raw("SELECT * FROM wave_invitations").all()
            for row in rows {
                for column in row.allColumns {
                    #expect((try? row.decode(column: column, as: String.self)) != token)
                }
            }
        }
    }

    @Test func remindersListOnlyThoseWhoHaveNotFinished() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let done = try await app.createPerson("done", in: s.organisation, unit: s.zorg)
            try await app.createPerson("busy", in: s.organisation, unit: s.zorg)
            let wave = try await app.createWave(in: s.organisation, units: [s.zorg])
            let token = try await app.surveyToken(wave: wave, person: done)
            let sent = try await Browser(app).postAnonymously(Route.surveySubmit(token: token).path, pairs: fullAnswers(["dlo@1"]))
            #expect(sent.status == .ok)
            let csv = try await s.browser.get(Route.waveReminders(s.organisation, wave: wave).path)
            #expect(csv.body.contains("busy@example.org"))
            #expect(!csv.body.contains("done@example.org"))
        }
    }

    @Test func anAdvisorClosesAWaveEarlyAndReopensIt() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let person = try await app.createPerson("1", in: s.organisation, unit: s.zorg)
            let wave = try await app.createWave(in: s.organisation, units: [s.zorg])
            let link = Route.survey(token: try await app.surveyToken(wave: wave, person: person)).path
            let visitor = Browser(app)
            _ = try await s.browser.post(Route.waveClose(s.organisation, wave: wave).path, pairs: [("confirm", "1")])
            #expect(try await visitor.get(link).status == .gone)
            _ = try await s.browser.post(Route.waveReopen(s.organisation, wave: wave).path)
            #expect(try await visitor.get(link).status == .ok)
        }
    }

    @Test func aWavePastItsCloseMomentCannotBeReopened() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            try await app.createPerson("1", in: s.organisation, unit: s.zorg)
            let wave = try await app.createWave(
                in: s.organisation, units: [s.zorg], opensAt: Date().addingTimeInterval(-7200),
                closesAt: Date().addingTimeInterval(-60))
            let page = try await s.browser.post(Route.waveReopen(s.organisation, wave: wave).path)
            #expect(page.status == .conflict)
            #expect(page.body.contains("Deze meting is niet gesloten") || page.body.contains("sluitmoment is voorbij"))
        }
    }

    @Test func theResponseRateShowsCountsPerUnitAndHidesSmallUnits() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            var zorgPeople: [UUID] = []
            for id in 1...4 { zorgPeople.append(try await app.createPerson("z\(id)", in: s.organisation, unit: s.zorg)) }
            for id in 1...2 { try await app.createPerson("n\(id)", in: s.organisation, unit: s.noord) }
            let wave = try await app.createWave(in: s.organisation, units: [s.zorg], threshold: 3)
            func submit(_ person: Int) async throws {
                let token = try await app.surveyToken(wave: wave, person: zorgPeople[person])
                _ = try await Browser(app).postAnonymously(Route.surveySubmit(token: token).path, pairs: fullAnswers(["dlo@1"]))
            }
            try await submit(0)
            var page = try await s.browser.get(Route.wave(s.organisation, wave: wave).path)
            let noordRow = try #require(page.body.range(of: ">Noord<"))
            #expect(page.body[noordRow.upperBound...].prefix(200).contains("&lt; drempel"))
            // Zorg: 4 invited, but one completed would be a count below the threshold.
            #expect(page.body.contains("<td class=\"number\">4</td><td colspan=\"3\" class=\"suppressed\">&lt; drempel</td>"))
            try await submit(1)
            try await submit(2)
            page = try await s.browser.get(Route.wave(s.organisation, wave: wave).path)
            // Zorg: 4 invited, 3 started and completed, 75%.
            #expect(
                page.body.contains(
                    "<td class=\"number\">4</td><td class=\"number\">3</td><td class=\"number\">3</td><td class=\"number\">75%</td>"))
        }
    }

    @Test func anotherOrganisationsWaveIsNotFound() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let other = try await app.createOrganisation("Ander")
            let unit = try await app.createUnit("X", in: other)
            try await app.createPerson("1", in: other, unit: unit)
            let wave = try await app.createWave(in: other, units: [unit])
            #expect(try await s.browser.get(Route.wave(s.organisation, wave: wave).path).status == .notFound)
            #expect(try await s.browser.get(Route.waveLinks(s.organisation, wave: wave).path).status == .notFound)
            #expect(try await s.browser.get(Route.wave(other, wave: wave).path).status == .notFound)
            #expect(try await s.browser.post(Route.waveClose(other, wave: wave).path).status == .notFound)
            #expect(try await Wave.find(wave, on: app.db)?.lifecycle.status == .open)
        }
    }

    @Test func anOpenedWaveWhoseOpenMomentIsToComeSaysPlannedNotOpen() async throws {
        try await withVeerkracht { app in
            let opens = try #require(LocalMoment.parse("2027-01-11T09:00", in: WaveSettings.defaultTimeZone))
            // Signed in a minute before the open moment, by the application's clock.
            app.clock = .fixed(opens.addingTimeInterval(-60))
            let s = try await setting(app)
            try await app.createPerson("p1", in: s.organisation, unit: s.zorg)
            let wave = try await app.createWave(
                in: s.organisation, units: [s.zorg], opensAt: opens, closesAt: opens.addingTimeInterval(14 * 86_400))
            #expect(try await s.browser.get(Route.wave(s.organisation, wave: wave).path).body.contains("<dd>Gepland</dd>"))
            #expect(try await s.browser.get(Route.waves(s.organisation).path).body.contains("<td>Gepland</td>"))
            app.clock = .fixed(opens)
            #expect(try await s.browser.get(Route.wave(s.organisation, wave: wave).path).body.contains("<dd>Open</dd>"))
        }
    }
}
