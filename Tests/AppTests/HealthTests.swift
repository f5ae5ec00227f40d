import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct HealthTests {
    @Test func healthIsOkWhenTheDatabaseAnswers() async throws {
        try await withVeerkracht { app in
            let response = try await app.testing().sendRequest(.GET, Route.health.path)
            #expect(response.status == .ok)
        }
    }

    @Test func healthIs503WhenTheDatabaseDoesNotAnswer() async throws {
        // Port 9 on loopback has no PostgreSQL: every connection attempt is refused.
        let configuration = AppConfiguration.testing(database: .postgres(url: "postgres://nobody:nothing@127.0.0.1:9/none", schema: nil))
        let app = try await Application.make(.testing)
        do {
            try configure(app, with: configuration)
            let response = try await app.testing().sendRequest(.GET, Route.health.path)
            #expect(response.status == .serviceUnavailable)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
