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

    @Test func aServerWithoutAStartUpWarmingIsReadyAtOnce() async throws {
        try await withVeerkracht { app in
            let response = try await app.testing().sendRequest(.GET, Route.ready.path)
            #expect(response.status == .ok)
        }
    }

    @Test func aServerIsNotReadyWhileItsCachesAreWarmingAndReadyOnceTheyAre() async throws {
        try await withVeerkracht { app in
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            app.clock = .fixed(start)
            app.startUpWarmth.start(at: start)
            let warming = try await app.testing().sendRequest(.GET, Route.ready.path)
            #expect(warming.status == .serviceUnavailable)
            #expect(warming.body.string == "warming the caches\n")
            #expect(try await app.testing().sendRequest(.GET, Route.health.path).status == .ok)
            await CacheWarming.warm(app)
            #expect(try await app.testing().sendRequest(.GET, Route.ready.path).status == .ok)
        }
    }

    @Test func aWarmingThatTakesLongerThanTheLimitNoLongerKeepsTheServerOut() async throws {
        try await withVeerkracht { app in
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            app.startUpWarmth.start(at: start)
            app.clock = .fixed(start.addingTimeInterval(StartUpWarmth.limit - 1))
            let before = try await app.testing().sendRequest(.GET, Route.ready.path)
            #expect(before.status == .serviceUnavailable)
            app.clock = .fixed(start.addingTimeInterval(StartUpWarmth.limit))
            let after = try await app.testing().sendRequest(.GET, Route.ready.path)
            #expect(after.status == .ok)
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
