import Fluent
import Foundation
import SQLKit
import Vapor
import VeerkrachtCore

@testable import App

/// Prepares a wave directly in the server's database, with the code the application uses.
enum IngestPreparation {
    struct PreparedWave {
        let id: UUID
        let tokens: [String]
    }

    static func withApplication<T>(_ work: (Application) async throws -> T) async throws -> T {
        var configuration = try AppConfiguration(environment: ProcessInfo.processInfo.environment)
        configuration.logLevel = .warning
        let app = try await Application.make(.production)
        do {
            try configure(app, with: configuration)
            try await app.prepareDatabase()
            let result = try await work(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// An organisation with one unit of `responses` people, and an open wave of the
    /// learning-preference scan (30 items) for them.
    static func prepare(responses: Int) async throws -> PreparedWave {
        try await withApplication { app in
            let organisation = Organisation(name: "Ingest benchmark \(UUID().uuidString.prefix(8))", anonymityThreshold: 5)
            try await organisation.create(on: app.db)
            let organisationID = try organisation.requireID()
            let unit = Unit(organisationID: organisationID, parentID: nil, name: "Benchmark", code: nil)
            try await unit.create(on: app.db)
            let sql = app.db.sql
            for start in stride(from: 0, to: responses, by: 1_000) {
                var insert = sql.insert(into: Person.schema)
                    .columns("id", "organisation_id", "external_id", "unit_id", "birth_year", "gender", "start_date")
                for i in start..<min(start + 1_000, responses) {
                    insert = insert.values(
                        SQLBind(UUID()), SQLBind(organisationID), SQLBind("B\(i)"), SQLBind(try unit.requireID()),
                        SQLBind(1960 + i % 45), SQLBind(["f", "m", "x"][i % 3]), SQLBind("20\(10 + i % 15)-03-01"))
                }
                try await insert.run()
            }
            let settings = WaveSettings(
                name: "Ingest", instruments: ["lp@1"], units: [try unit.requireID()],
                opensAt: Date().addingTimeInterval(-60), closesAt: Date().addingTimeInterval(86_400),
                anonymityThreshold: 5)
            let wave = Wave(organisationID: organisationID, settings: settings)
            try await wave.create(on: app.db)
            _ = try await WaveStore(db: app.db, organisationID: organisationID).open(wave, links: app.surveyLinks)
            let invitations = try await WaveInvitation.query(on: app.db).filter(\.$wave.$id == wave.requireID()).all()
            return PreparedWave(id: try wave.requireID(), tokens: try invitations.map { app.surveyLinks.token(for: try $0.requireID()) })
        }
    }

    static func count(wave: UUID) async throws -> (responses: Int, completed: Int) {
        try await withApplication { app in
            let responses = try await SurveyResponse.query(on: app.db).filter(\.$wave.$id == wave).count()
            let completed = try await WaveInvitation.query(on: app.db).filter(\.$wave.$id == wave)
                .filter(\.$statusValue == WaveInvitation.Status.completed.rawValue).count()
            return (responses, completed)
        }
    }
}
