import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
import VeerkrachtCore

@testable import App

/// The setup code every test application issues, as `serve` would print it.
let testSetupCode = "TEST-CODE-0000-0001"

/// Where a test's application keeps its data.
enum TestStorage: Sendable, CustomTestStringConvertible {
    /// In-memory SQLite, or a schema of its own in PostgreSQL when TEST_DATABASE_URL is set.
    case standard
    /// An SQLite file of its own, as `serve` uses by default: the response writer then writes
    /// with a connection of its own.
    case sqliteFile

    var testDescription: String { self == .standard ? "standard database" : "SQLite file" }
}

/// Runs `test` against a fresh application of its own (see `TestStorage`). The application is
/// always shut down, also when the test throws.
func withVeerkracht<T>(
    publicURL: String = "http://127.0.0.1:8080",
    mail: AppConfiguration.MailSettings? = nil,
    storage: TestStorage = .standard,
    identityProviders: [IdentityProviderSettings] = [],
    signedInCacheLifetime: TimeInterval = 0,
    postgresURL: String? = nil,
    _ test: (Application) async throws -> T
) async throws -> T {
    let file =
        storage == .sqliteFile
        ? FileManager.default.temporaryDirectory
            .appendingPathComponent("veerkracht-test-\(UUID().uuidString).sqlite").path : nil
    defer {
        for suffix in ["", "-wal", "-shm", ".key"] { try? file.map { try FileManager.default.removeItem(atPath: $0 + suffix) } }
    }
    var configuration = AppConfiguration.testing(
        database: file.map { .sqliteFile(path: $0) } ?? databaseForThisTest(postgresURL: postgresURL))
    configuration.publicURL = URL(string: publicURL)!
    configuration.mail = mail
    configuration.identityProviders = identityProviders
    configuration.signedInCacheLifetime = signedInCacheLifetime
    let app = try await Application.make(.testing)
    do {
        try configure(app, with: configuration)
        try await app.prepareDatabase()
        try await SetupCodes(db: app.db).issue(testSetupCode, now: Date())
        if signedInCacheLifetime > 0 { try await app.bootAndHearOtherServers() }
        let result = try await test(app)
        try await dropTestSchema(app)
        try await app.asyncShutdown()
        return result
    } catch {
        try? await dropTestSchema(app)
        try? await app.asyncShutdown()
        throw error
    }
}

/// Two applications on one database, as two servers behind a load balancer: the test writes
/// through the first and reads through the second. They share an SQLite file, or a schema in
/// PostgreSQL when TEST_DATABASE_URL is set; the first prepared it.
func withTwoServers<T>(
    signedInCacheLifetime: TimeInterval = 0, _ test: (Application, Application) async throws -> T
) async throws -> T {
    let storage: TestStorage = testsRunOnPostgres ? .standard : .sqliteFile
    return try await withVeerkracht(storage: storage, signedInCacheLifetime: signedInCacheLifetime) { first in
        let second = try await Application.make(.testing)
        do {
            try configure(second, with: first.configuration)
            let result = try await test(first, second)
            try await second.asyncShutdown()
            return result
        } catch {
            try? await second.asyncShutdown()
            throw error
        }
    }
}

/// Whether TEST_DATABASE_URL points the tests at PostgreSQL.
let testsRunOnPostgres = !(ProcessInfo.processInfo.environment["TEST_DATABASE_URL"] ?? "").isEmpty

/// `postgresURL`: another way to the same PostgreSQL than TEST_DATABASE_URL (its socket).
private func databaseForThisTest(postgresURL: String? = nil) -> AppConfiguration.DatabaseLocation {
    guard let url = postgresURL ?? ProcessInfo.processInfo.environment["TEST_DATABASE_URL"], !url.isEmpty else {
        return .sqliteMemory
    }
    let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    return .postgres(url: url, schema: schema)
}

private func dropTestSchema(_ app: Application) async throws {
    guard case .postgres(_, let schema?) = app.configuration.database else { return }
    try await app.db.sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
}

extension Application {
    /// Starts the application and waits until its signed-in cache keeps entries: at once on
    /// SQLite, on PostgreSQL once it listens for the other servers' changes (`SignedInNotices`).
    func bootAndHearOtherServers() async throws {
        try await asyncBoot()
        for _ in 0..<100 where !signedInCache.isRemembering { try await Task.sleep(for: .milliseconds(50)) }
        #expect(signedInCache.isRemembering)
    }

    /// Creates an account directly, for tests that are not about how accounts are made.
    @discardableResult
    func createUser(
        _ email: String, password: String = "correct horse battery", admin: Bool = false,
        organisation: UUID? = nil, role: Role? = nil
    ) async throws -> UUID {
        let user = User(email: email, passwordHash: try await self.passwordHashing.hash(password), isAdmin: admin)
        try await user.create(on: db)
        if let organisation, let role {
            try await Membership(userID: user.requireID(), organisationID: organisation, role: role).create(on: db)
        }
        return try user.requireID()
    }

    func createOrganisation(_ name: String) async throws -> UUID {
        let organisation = Organisation(name: name, anonymityThreshold: 5)
        try await organisation.create(on: db)
        return try organisation.requireID()
    }

    func createUnit(_ name: String, in organisation: UUID, under parent: UUID? = nil, code: String? = nil) async throws -> UUID {
        let unit = Unit(organisationID: organisation, parentID: parent, name: name, code: code)
        try await UnitStore(db: db, organisationID: organisation).save(unit)
        return try unit.requireID()
    }
}
