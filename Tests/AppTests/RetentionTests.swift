import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

@Suite struct RetentionTests {
    @Test func linksProfilesAndProgressOfAWaveClosedLongerAgoThanTheRetentionGoAndResponsesStay() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let unit = try await app.createUnit("Zorg", in: organisation)
            let (answered, started) = (
                try await app.createPerson("p1", in: organisation, unit: unit),
                try await app.createPerson("p2", in: organisation, unit: unit)
            )
            let wave = try await app.createWave(in: organisation, units: [unit], instruments: ["dlo@1", "lp@1"])
            let token = try await app.submitScan(wave: wave, person: answered, share: true)
            let progressing = try await app.invitation(wave: wave, person: started)
            progressing.progress = "{\"DLO.V.1\":4}"
            try await progressing.save(on: app.db)
            try await app.closeWave(wave)
            let now = Date()
            // Twelve months by default: a sweep a month after closing changes nothing.
            #expect(try await RetentionSweep(db: app.db).run(now: now.addingTimeInterval(30 * 86_400)) == 0)
            #expect(try await Browser(app).get(Route.surveyProfile(token: token).path, follow: false).status == .ok)
            #expect(try await RetentionSweep(db: app.db).run(now: now.addingTimeInterval(400 * 86_400)) == 1)
            #expect(try await Browser(app).get(Route.surveyProfile(token: token).path, follow: false).status == .notFound)
            #expect(try await LearningProfileRow.query(on: app.db).count() == 0)
            #expect(try await app.invitation(wave: wave, person: started).progress == nil)
            #expect(try await SurveyResponse.query(on: app.db).count() == 1)
            #expect(try await RetentionSweep(db: app.db).run(now: now.addingTimeInterval(800 * 86_400)) == 0)
        }
    }

    @Test func anAdvisorChoosesTheRetentionWithinItsBounds() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let advisor = try await app.signedIn(as: "adv@example.org", .advisor, in: organisation)
            _ = try await advisor.post(Route.retention(organisation).path, ["months": "6"])
            #expect(try await Organisation.find(organisation, on: app.db)?.retentionMonths == 6)
            #expect(try await advisor.post(Route.retention(organisation).path, ["months": "0"], follow: false).status == .badRequest)
            #expect(try await Organisation.find(organisation, on: app.db)?.retentionMonths == 6)
            let manager = try await app.signedIn(as: "lead@example.org", .manager, in: organisation)
            #expect(try await manager.post(Route.retention(organisation).path, ["months": "24"], follow: false).status == .forbidden)
        }
    }
}
