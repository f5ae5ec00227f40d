import Fluent
import Foundation
import Testing
import Vapor
import VeerkrachtCore

@testable import App

@Suite struct ErasureTests {
    @Test func erasingAPersonRemovesTheirDetailsAndLinksAndKeepsTheAnonymousResponses() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let unit = try await app.createUnit("Zorg", in: organisation)
            let personID = try await app.createPerson("P-4711", in: organisation, unit: unit, email: "j.jansen@example.org")
            try await app.createPerson("P-4712", in: organisation, unit: unit)
            let wave = try await app.createWave(in: organisation, units: [unit], instruments: ["dlo@1", "lp@1"])
            let token = try await app.submitScan(wave: wave, person: personID, share: true)
            let person = try #require(try await Person.find(personID, on: app.db))
            #expect(try await LearningProfileRow.query(on: app.db).count() == 1)
            let s = (organisation: organisation, wave: wave)
            let responses = try await SurveyResponse.query(on: app.db).count()
            let advisor = try await app.signedIn(as: "adv@example.org", .advisor, in: s.organisation)
            let refused = try await advisor.post(Route.peopleErase(s.organisation).path, ["external_id": person.externalID])
            #expect(refused.status == .unprocessableEntity && refused.body.contains(Dutch().eraseNeedsConfirmation))
            let page = try await advisor.post(Route.peopleErase(s.organisation).path, ["external_id": person.externalID, "confirm": "1"])
            #expect(page.body.contains(Dutch().personErased))
            let erased = try #require(try await Person.find(personID, on: app.db))
            #expect(erased.externalID.hasPrefix("erased-") && erased.email == nil && erased.birthYear == nil && erased.gender == nil)
            #expect(erased.startDate == nil && erased.$unit.id == nil && erased.archivedAt != nil)
            #expect(try await LearningProfileRow.query(on: app.db).count() == 0)
            #expect(try await SurveyResponse.query(on: app.db).count() == responses)
            #expect(try await Browser(app).get(Route.survey(token: token).path, follow: false).status == .notFound)
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$actionName == AuditAction.personErased.rawValue).first()?.subject == "1")
        }
    }

    @Test func anUnknownExternalIDErasesNothing() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            let before = try await Person.query(on: app.db).all().map(\.record)
            let advisor = try await app.signedIn(as: "adv@example.org", .advisor, in: s.organisation)
            let page = try await advisor.post(Route.peopleErase(s.organisation).path, ["external_id": "nobody", "confirm": "1"])
            #expect(page.status == .unprocessableEntity && page.body.contains(Dutch().eraseUnknownPerson))
            #expect(try await Person.query(on: app.db).all().map(\.record) == before)
        }
    }

    @Test func anOrganisationIsDeletedWithEverythingInItOnlyWhenItsNameIsTypedExactly() async throws {
        try await withVeerkracht { app in
            let s = try await ScanSetting.make(app)
            _ = try await app.createUser("admin@example.org", admin: true)
            let admin = Browser(app)
            _ = try await admin.signIn("admin@example.org")
            let wrong = try await admin.post(Route.adminOrganisationDelete(s.organisation).path, ["name": "zorggroep"])
            #expect(wrong.status == .unprocessableEntity && wrong.body.contains(Dutch().deleteOrganisationNameMismatch))
            let name = try #require(try await Organisation.find(s.organisation, on: app.db)).name
            _ = try await admin.post(Route.adminOrganisationDelete(s.organisation).path, ["name": name])
            #expect(try await Organisation.find(s.organisation, on: app.db) == nil)
            #expect(try await Person.query(on: app.db).count() == 0)
            #expect(try await Wave.query(on: app.db).count() == 0)
            #expect(try await SurveyResponse.query(on: app.db).count() == 0)
            let logged = try await AuditEvent.query(on: app.db).all()
            #expect(logged.map(\.action) == [.organisationDeleted] && logged.first?.organisationID == nil)
        }
    }

    @Test func anErasedPersonIsNoLongerNamedOnATeamPageThatWasKept() async throws {
        try await withVeerkracht { app in
            let organisation = try await app.createOrganisation("Zorggroep")
            let unit = try await app.createUnit("Zorg", in: organisation)
            let person = try await app.createPerson("P-4711", in: organisation, unit: unit, email: "j.jansen@example.org")
            let others = [
                try await app.createPerson("P-4712", in: organisation, unit: unit),
                try await app.createPerson("P-4713", in: organisation, unit: unit)
            ]
            let wave = try await app.createWave(in: organisation, units: [unit], instruments: ["dlo@1", "lp@1"])
            for someone in [person] + others { _ = try await app.submitScan(wave: wave, person: someone, share: true) }
            try await app.closeWave(wave)
            let advisor = try await app.signedIn(as: "adv@example.org", .advisor, in: organisation)
            let team = Route.teamMix(organisation, wave: wave).path + "?unit=\(unit.uuidString)"
            #expect(try await advisor.get(team).body.contains("j.jansen@example.org"))
            _ = try await advisor.post(Route.peopleErase(organisation).path, ["external_id": "P-4711", "confirm": "1"])
            let after = try await advisor.get(team)
            #expect(!after.body.contains("j.jansen@example.org") && after.body.contains("P-4712@example.org"))
        }
    }
}
