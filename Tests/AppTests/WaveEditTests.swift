import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

@Suite struct WaveEditTests {
    struct Setting {
        let browser: Browser
        let organisation: UUID
        let zorg: UUID
        let wonen: UUID
    }

    private func setting(_ app: Application, role: Role = .advisor) async throws -> Setting {
        let organisation = try await app.createOrganisation("Zorggroep")
        let zorg = try await app.createUnit("Zorg", in: organisation)
        let wonen = try await app.createUnit("Wonen", in: organisation)
        try await app.createPerson("1", in: organisation, unit: zorg)
        let browser = try await app.signedIn(as: "adv@example.org", role, in: organisation)
        return Setting(browser: browser, organisation: organisation, zorg: zorg, wonen: wonen)
    }

    private func pairs(_ s: Setting, name: String, units: [UUID], closesAt: String = "2026-12-21T17:00") -> [(String, String)] {
        [("name", name), ("instruments[]", "lp@1")] + units.map { ("units[]", $0.uuidString) }
            + [
                ("opens_at", "2026-12-01T09:00"), ("closes_at", closesAt), ("time_zone", "Europe/Amsterdam"),
                ("threshold", "4"), ("languages[]", "nl")
            ]
    }

    @Test func aWaveInPreparationChangesAllItsSettings() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let wave = try await app.createWave(in: s.organisation, units: [s.zorg], open: false)
            let form = try await s.browser.get(Route.waveEdit(s.organisation, wave: wave).path)
            #expect(form.body.contains("name=\"instruments[]\""))
            let page = try await s.browser.post(
                Route.waveEdit(s.organisation, wave: wave).path, pairs: pairs(s, name: "Voorjaar", units: [s.wonen]))
            #expect(page.status == .ok)
            let stored = try #require(try await Wave.find(wave, on: app.db))
            #expect(stored.name == "Voorjaar")
            #expect(stored.units == [s.wonen])
            #expect(stored.instruments == ["lp@1"])
            #expect(stored.anonymityThreshold == 4)
            #expect(stored.languages == [.nl])
        }
    }

    @Test func anOpenedWaveChangesItsNameAndCloseMomentButNothingElse() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let wave = try await app.createWave(in: s.organisation, units: [s.zorg])
            let before = try #require(try await Wave.find(wave, on: app.db))
            let form = try await s.browser.get(Route.waveEdit(s.organisation, wave: wave).path)
            #expect(!form.body.contains("name=\"instruments[]\""))
            let later = LocalMoment.format(Date().addingTimeInterval(30 * 86_400), in: before.timeZone)
            let page = try await s.browser.post(
                Route.waveEdit(s.organisation, wave: wave).path,
                pairs: pairs(s, name: "Najaar (verlengd)", units: [s.wonen], closesAt: later))
            #expect(page.status == .ok)
            let stored = try #require(try await Wave.find(wave, on: app.db))
            #expect(stored.name == "Najaar (verlengd)")
            #expect(LocalMoment.format(stored.closesAt, in: stored.timeZone) == later)
            #expect(stored.units == [s.zorg])
            #expect(stored.instruments == before.instruments)
            #expect(stored.anonymityThreshold == before.anonymityThreshold)
            #expect(stored.opensAt == before.opensAt)
        }
    }

    @Test func anOpenedWaveRefusesACloseMomentInThePastAndKeepsItsOwn() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let wave = try await app.createWave(in: s.organisation, units: [s.zorg])
            let before = try #require(try await Wave.find(wave, on: app.db))
            let past = LocalMoment.format(Date().addingTimeInterval(-600), in: before.timeZone)
            let page = try await s.browser.post(
                Route.waveEdit(s.organisation, wave: wave).path, pairs: pairs(s, name: "Anders", units: [s.zorg], closesAt: past))
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("sluitmoment ligt in het verleden"))
            let stored = try #require(try await Wave.find(wave, on: app.db))
            #expect(stored.name == before.name)
            #expect(stored.closesAt == before.closesAt)
        }
    }

    @Test func aClosedWaveChangesOnlyItsName() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let wave = try await app.createWave(in: s.organisation, units: [s.zorg])
            try await app.closeWave(wave)
            let before = try #require(try await Wave.find(wave, on: app.db))
            let later = LocalMoment.format(Date().addingTimeInterval(30 * 86_400), in: before.timeZone)
            _ = try await s.browser.post(
                Route.waveEdit(s.organisation, wave: wave).path, pairs: pairs(s, name: "Najaar 2026", units: [s.zorg], closesAt: later))
            let stored = try #require(try await Wave.find(wave, on: app.db))
            #expect(stored.name == "Najaar 2026")
            #expect(stored.closesAt == before.closesAt)
        }
    }

    @Test func aWaveInPreparationIsDeletedOnlyWithTheBoxTicked() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let wave = try await app.createWave(in: s.organisation, units: [s.zorg], open: false)
            let refused = try await s.browser.post(Route.waveDelete(s.organisation, wave: wave).path)
            #expect(refused.status == .conflict)
            #expect(try await Wave.find(wave, on: app.db) != nil)
            let page = try await s.browser.post(Route.waveDelete(s.organisation, wave: wave).path, pairs: [("confirm", "1")])
            #expect(page.status == .ok)
            #expect(try await Wave.find(wave, on: app.db) == nil)
        }
    }

    @Test func anOpenedWaveIsNeverDeleted() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let wave = try await app.createWave(in: s.organisation, units: [s.zorg])
            let page = try await s.browser.post(Route.waveDelete(s.organisation, wave: wave).path, pairs: [("confirm", "1")])
            #expect(page.status == .conflict)
            #expect(try await Wave.find(wave, on: app.db) != nil)
        }
    }

    @Test func closingWithoutTheBoxTickedLeavesTheWaveOpen() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app)
            let wave = try await app.createWave(in: s.organisation, units: [s.zorg])
            let page = try await s.browser.post(Route.waveClose(s.organisation, wave: wave).path)
            #expect(page.status == .conflict)
            #expect(page.body.contains("nog open"))
            #expect(try await Wave.find(wave, on: app.db)?.lifecycle.status == .open)
        }
    }

    @Test func aViewerCannotEditAWave() async throws {
        try await withVeerkracht { app in
            let s = try await setting(app, role: .viewer)
            let wave = try await app.createWave(in: s.organisation, units: [s.zorg], open: false)
            let page = try await s.browser.post(
                Route.waveEdit(s.organisation, wave: wave).path, pairs: pairs(s, name: "X", units: [s.zorg]))
            #expect(page.status == .forbidden)
            #expect(try await Wave.find(wave, on: app.db)?.name == "Najaarsmeting")
        }
    }
}

@Suite struct QuestionnairePreviewTests {
    @Test func anAdvisorPagesThroughTheQuestionnaireInEachLanguageWithoutALink() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let zorg = try await app.createUnit("Zorg", in: organisation)
            let wave = try await app.createWave(in: organisation, units: [zorg], instruments: ["dlo@1", "lp@1"], open: false)
            let advisor = try await app.signedIn(as: "adv@example.org", .advisor, in: organisation)
            let path = Route.wavePreview(organisation, wave: wave).path
            let intro = try await advisor.get(path)
            #expect(intro.body.contains("Niemand ziet jouw antwoorden"))
            let first = try await advisor.get(path + "?language=en&page=1")
            #expect(first.body.contains("Energy from learning and development"))
            #expect(first.body.contains("method=\"get\""))
            let next = try await advisor.get(path + "?language=nl&page=1&_action=next")
            #expect(next.body.contains("Wat leren hier oplevert"))
            #expect(!next.body.contains("K1 Rendement"))
        }
    }

    @Test func theLearningPreferencePagesNameNoPreference() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let zorg = try await app.createUnit("Zorg", in: organisation)
            let wave = try await app.createWave(in: organisation, units: [zorg], instruments: ["lp@1"], open: false)
            let advisor = try await app.signedIn(as: "adv@example.org", .advisor, in: organisation)
            let questionnaire = try #require(Questionnaire(references: ["lp@1"]))
            for number in questionnaire.sections.indices.map({ $0 + 1 }) {
                let page = try await advisor.get(Route.wavePreview(organisation, wave: wave).path + "?page=\(number)")
                for name in ["Kunst afkijken", "Participeren", "Kennis verwerven", "Oefenen", "Ontdekken"] {
                    #expect(!page.body.contains("<h2>\(name)"), "page \(number) names \(name)")
                }
            }
        }
    }

    @Test func aManagerCannotPreview() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let zorg = try await app.createUnit("Zorg", in: organisation)
            let wave = try await app.createWave(in: organisation, units: [zorg], open: false)
            let manager = try await app.signedIn(as: "m@example.org", .manager, in: organisation)
            #expect(try await manager.get(Route.wavePreview(organisation, wave: wave).path).status == .forbidden)
        }
    }
}

@Suite struct UnitPickerTests {
    @Test func aTypedPathAddsItsUnitToAWave() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let zorg = try await app.createUnit("Zorg", in: organisation)
            let noord = try await app.createUnit("Noord", in: organisation, under: zorg)
            let advisor = try await app.signedIn(as: "adv@example.org", .advisor, in: organisation)
            let pairs: [(String, String)] = [
                ("name", "Voorjaar"), ("instruments[]", "dlo@1"), ("unit_add", "Zorg / Noord"), ("opens_at", "2026-12-01T09:00"),
                ("closes_at", "2026-12-21T17:00"), ("time_zone", "Europe/Amsterdam"), ("threshold", "5"), ("languages[]", "nl")
            ]
            #expect(try await advisor.post(Route.waves(organisation).path, pairs: pairs).status == .ok)
            #expect(try await Wave.query(on: app.db).first()?.units == [noord])
        }
    }

    @Test func aTypedPathThatNamesNoUnitIsAProblemOfTheUnitsField() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            try await app.createUnit("Zorg", in: organisation)
            let advisor = try await app.signedIn(as: "adv@example.org", .advisor, in: organisation)
            let pairs: [(String, String)] = [
                ("name", "Voorjaar"), ("instruments[]", "dlo@1"), ("unit_add", "Zorg / Zuid"), ("opens_at", "2026-12-01T09:00"),
                ("closes_at", "2026-12-21T17:00"), ("time_zone", "Europe/Amsterdam"), ("threshold", "5"), ("languages[]", "nl")
            ]
            let page = try await advisor.post(Route.waves(organisation).path, pairs: pairs)
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("<a href=\"#field-units\">Er is geen actieve eenheid met pad of code ‘Zorg / Zuid’"))
            #expect(try await Wave.query(on: app.db).count() == 0)
        }
    }
}
