@testable import App
import Fluent
import Foundation
import Vapor
import VeerkrachtCore

extension Application {
    @discardableResult
    func createPerson(_ externalID: String, in organisation: UUID, unit: UUID?, birthYear: Int? = 1980, gender: Gender? = .female,
                      startDate: String? = "2015-03-01", email: String? = nil, archived: Bool = false) async throws -> UUID {
        let record = PersonRecord(externalID: externalID, email: email ?? "\(externalID)@example.org", unitID: unit,
                                  birthYear: birthYear, gender: gender, startDate: startDate.flatMap(CalendarDate.init(parsing:)))
        let person = Person(organisationID: organisation, record: record)
        if archived { person.archivedAt = Date() }
        try await person.create(on: db)
        return try person.requireID()
    }

    /// A wave stored directly; `open` opens it the way the page does.
    func createWave(in organisation: UUID, units: [UUID], instruments: [String] = ["dlo@1"],
                    opensAt: Date = Date().addingTimeInterval(-3600), closesAt: Date = Date().addingTimeInterval(14 * 86_400),
                    threshold: Int = 3, languages: [Language] = [.nl, .en], open: Bool = true) async throws -> UUID {
        let settings = WaveSettings(name: "Najaarsmeting", instruments: instruments, units: units, opensAt: opensAt,
                                    closesAt: closesAt, anonymityThreshold: threshold, languages: languages)
        let wave = Wave(organisationID: organisation, settings: settings)
        try await wave.create(on: db)
        if open { _ = try await WaveStore(db: db, organisationID: organisation).open(wave, links: surveyLinks) }
        return try wave.requireID()
    }

    /// The personal link token of one person in a wave, as the links CSV would give it.
    func surveyToken(wave: UUID, person: UUID) async throws -> String {
        let invitation = try await WaveInvitation.query(on: db).filter(\.$wave.$id == wave).filter(\.$person.$id == person).first()
        return surveyLinks.token(for: try invitation!.requireID())
    }

    func invitation(wave: UUID, person: UUID) async throws -> WaveInvitation {
        try await WaveInvitation.query(on: db).filter(\.$wave.$id == wave).filter(\.$person.$id == person).first()!
    }
}

/// Every item of a questionnaire answered with `value`.
func fullAnswers(_ references: [String], value: Int = 4) -> [(String, String)] {
    Questionnaire(references: references)!.instruments.flatMap(\.items).map { ($0.code, String(value)) }
}
