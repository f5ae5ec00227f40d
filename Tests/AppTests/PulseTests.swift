import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore
import ZIPFoundation

@testable import App

@Suite struct PulseTests {
    @Test func aManagerSchedulesAPulseThatAsksOnlyTheActionsQuestionOfItsUnit() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            let form = try await s.manager.get(s.actionPath)
            #expect(form.body.contains("De meting wordt vergeleken met de laatste volledige golf voor deze groep: ‘Najaarsmeting’."))
            let page = try await s.schedule(["unit": s.noord.uuidString, "weeks": "4", "days": "14"])
            #expect(page.status == .seeOther)
            let pulse = try #require(try await s.pulses().first)
            #expect(pulse.instrumentList == "dlo@1:K2")
            #expect(pulse.units == [s.noord])
            #expect(pulse.statusValue == WaveLifecycle.Status.open.rawValue)
            #expect(pulse.anonymityThreshold == 3)
            let due = try #require(CalendarDate(parsing: PulseSetting.iso(s.now.addingTimeInterval(7 * PulseSetting.day))))
            #expect(pulse.opensAt == PulsePlan(topics: [.k2], weeksAfterDue: 4, openDays: 14).window(due: due, in: pulse.timeZone)?.start)
            let invited = try await WaveInvitation.query(on: app.db).filter(\.$wave.$id == pulse.requireID()).all()
            #expect(Set(invited.map(\.$person.id)) == Set(s.noordPeople))
            let row = try #require(try await PulseStore(db: app.db, organisationID: s.organisation).pulse(ofWave: pulse.requireID()))
            #expect(row.actionID == s.action)
            #expect(row.baselineWaveID == s.baseline)
            let shown = try await s.manager.get(s.actionPath + "?scheduled=1")
            #expect(shown.body.contains("is gepland en opent op"))
            #expect(shown.body.contains("Gepland:"))
        }
    }

    @Test func schedulingWithoutAQuestionChangesNothingAndSaysWhy() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            let page = try await s.schedule(["unit": s.noord.uuidString, "weeks": "4", "days": "14"], questions: [])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("Kies ten minste één vraag om opnieuw te meten."))
            #expect(try await s.pulses().isEmpty)
        }
    }

    @Test func aUnitOfAnotherOrganisationIsRefused() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            let other = try await app.createOrganisation("Ander")
            let foreign = try await app.createUnit("Elders", in: other)
            let page = try await s.schedule(["unit": foreign.uuidString, "weeks": "4", "days": "14"])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains(Dutch().unknownUnit))
            #expect(try await s.pulses().isEmpty)
            #expect(try await Wave.query(on: app.db).count() == 1)
        }
    }

    @Test func aPulseTooCloseToAnotherWaveForTheSamePeopleIsRefusedWithTheDates() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            let planned = try await app.createWave(
                in: s.organisation, units: [s.zorg], opensAt: s.now.addingTimeInterval(20 * PulseSetting.day),
                closesAt: s.now.addingTimeInterval(41 * PulseSetting.day))
            let stored = try #require(try await Wave.find(planned, on: app.db))
            stored.name = "Voorjaarsmeting"
            try await stored.save(on: app.db)
            let page = try await s.schedule(["unit": s.noord.uuidString, "weeks": "4", "days": "14"])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("minstens 8 weken"))
            #expect(page.body.contains("Voorjaarsmeting"))
            let strings = Dutch()
            let earliest = stored.closesAt.addingTimeInterval(8 * 7 * PulseSetting.day)
            #expect(page.body.contains(strings.dateTime(earliest)))
            #expect(try await s.pulses().isEmpty)
        }
    }

    @Test func aPulseForAUnitBelowTheThresholdInTheLastWaveSaysSoUpFront() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app, conversationUnit: "zuid")
            let page = try await s.manager.get(s.actionPath)
            #expect(page.body.contains("antwoordden te weinig mensen van deze groep"))
        }
    }

    @Test func aViewerCannotScheduleAPulse() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            let viewer = try await app.signedIn(as: "viewer@example.org", .viewer, in: s.organisation)
            let page = try await s.schedule(["unit": s.noord.uuidString, "weeks": "4", "days": "14"], as: viewer)
            #expect(page.status == .forbidden)
            #expect(try await s.pulses().isEmpty)
        }
    }

    // Every K2 item answered 2, 3, 3, 4 by Noord in the full wave, 4, 5, 4, 5 in the pulse; one
    // of the five items is reverse-keyed, so the scale scores are 2.4, 3.0, 3.0, 3.6 before and
    // 3.6, 4.2, 3.6, 4.2 after. scipy 1.17.1 (ttest_ind(after, before, equal_var=False)):
    // t = 3.0, df = 5.4, p = 0.0273; the difference 0.90 with 95% interval 0.146 – 1.654;
    // Cohen's d 2.12.
    @Test func whenThePulseHasClosedTheActionShowsBeforeAndAfterWithTheTrendPagesTest() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            _ = try await s.answeredPulse([4, 5, 4, 5])
            let before = app.results.reads
            let page = try await s.manager.get(s.actionPath)
            #expect(app.results.reads > before)
            #expect(page.body.contains("3,00 (n = 4)"))
            #expect(page.body.contains("3,90 (n = 4)"))
            #expect(page.body.contains("+0,90 (+0,15 – +1,65)"))
            #expect(page.body.contains("Welch t = 3,00 bij 5,4 vrijheidsgraden, p = 0,027; Cohens d = 2,12"))
            #expect(page.body.contains(Dutch().changeVerdict(.up)))
        }
    }

    @Test func aPulseGroupBelowTheThresholdShowsNoFigure() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            _ = try await s.answeredPulse([4, 5])
            let page = try await s.manager.get(s.actionPath)
            #expect(page.body.contains(Dutch().followUpTooFew))
            #expect(!page.body.contains("3,90"))
        }
    }

    @Test func theNextConversationShowsTheFollowUpBesideTheActionsStatus() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            _ = try await s.answeredPulse([4, 5, 4, 5])
            let next = try await s.manager.post(
                Route.conversations(s.organisation).path, ["title": "Terugblik", "planned_on": PulseSetting.iso(app.clock.now())],
                follow: false)
            let page = try await s.manager.get(try #require(next.location))
            let openActions = try #require(page.body.range(of: "id=\"open-actions\""))
            let rest = page.body[openActions.lowerBound...]
            let section = rest[..<(rest.range(of: "</section>")?.lowerBound ?? rest.endIndex)]
            #expect(section.contains("K2 Samen leren: 3,00 → 3,90"))
            #expect(section.contains("status-\(s.action.uuidString)"))
        }
    }

    @Test func theDashboardListsOpenActionsWithAClosedPulseAndStillReadsTheFullWave() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            _ = try await s.answeredPulse([4, 5, 4, 5])
            let page = try await s.manager.get(Route.dashboard(s.organisation).path)
            #expect(page.body.contains(Dutch().followUpsTitle))
            #expect(page.body.contains("3,00 → 3,90"))
            let tree = try await UnitStore(db: app.db, organisationID: s.organisation).tree()
            let data = try await DashboardLoader(app, db: app.db, organisationID: s.organisation).load(unit: nil, tree: tree)
            #expect(data.dloWave?.id == s.baseline)
        }
    }

    @Test func aPulseStandsInTheTrendOnlyForGroupsItAskedAndIsMarked() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            let pulse = try await s.answeredPulse([4, 5, 4, 5])
            let trend = Route.waveTrend(s.organisation, wave: s.baseline, scale: "dlo-K2").path
            let forNoord = try await s.manager.get(trend + "?unit=\(s.noord.uuidString)")
            #expect(forNoord.body.contains("\(pulse.name)<span class=\"tag\"> (puls)</span>"))
            let forEveryone = try await s.manager.get(trend)
            #expect(!forEveryone.body.contains(pulse.name))
            let client = try await app.apiClient("bi@example.org", .viewer, in: s.organisation)
            let answer = try await client.get(
                Route.apiWaveTrend(s.organisation, wave: s.baseline, scale: "dlo-K2").path + "?unit=\(s.noord.uuidString)")
            let points = try #require((answer.json as? [String: Any])?["points"] as? [[String: Any]])
            #expect(points.map { $0["pulse"] as? Bool } == [false, true])
            #expect(abs((points.last?["mean"] as? Double ?? 0) - 3.9) < 1e-9)
        }
    }

    @Test func theExportNamesTheWaveThatFollowedAnActionUp() async throws {
        try await withVeerkracht { app in
            let s = try await PulseSetting.make(app)
            #expect(try await s.schedule(["unit": s.noord.uuidString, "weeks": "4", "days": "14"]).status == .seeOther)
            let pulse = try #require(try await s.pulses().first?.id)
            let advisor = try await app.signedIn(as: "advisor@example.org", .advisor, in: s.organisation)
            let answer = try await advisor.get(Route.organisationExport(s.organisation).path)
            let archive = try Archive(data: answer.data, accessMode: .read)
            let entry = try #require(archive["veerkracht-export/conversations.json"])
            var content = Data()
            _ = try archive.extract(entry) { content.append($0) }
            let conversations = try #require(try JSONSerialization.jsonObject(with: content) as? [[String: Any]])
            let actions = conversations.flatMap { $0["actions"] as? [[String: Any]] ?? [] }
            #expect(actions.map { $0["pulseWaves"] as? [String] } == [[pulse.uuidString]])
        }
    }
}
