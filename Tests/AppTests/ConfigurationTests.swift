@testable import App
import Foundation
import Testing
import Vapor

@Suite struct ConfigurationTests {
    @Test func nothingSetGivesTheDocumentedDefaults() throws {
        let configuration = try AppConfiguration(environment: [:])
        #expect(configuration.database == .sqliteFile(path: "veerkracht.sqlite"))
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8080)
        #expect(configuration.publicURL.absoluteString == "http://127.0.0.1:8080")
        #expect(configuration.logLevel == .info)
        #expect(configuration.anonymityThreshold == 5)
        #expect(!configuration.usesSecureCookies)
    }

    @Test func everyWrongSettingIsReportedAtOnce() {
        let environment = ["DATABASE_URL": "mysql://x", "PORT": "80a", "PUBLIC_URL": "ftp://x",
                           "LOG_LEVEL": "loud", "ANONYMITY_THRESHOLD": "2"]
        #expect(throws: ConfigurationError.self) { try AppConfiguration(environment: environment) }
        do {
            _ = try AppConfiguration(environment: environment)
        } catch {
            #expect(error.problems.map(\.setting) == ["DATABASE_URL", "PORT", "PUBLIC_URL", "LOG_LEVEL", "ANONYMITY_THRESHOLD"])
            for setting in AppConfiguration.settings { #expect(error.description.contains(setting.name)) }
        }
    }

    @Test func theAnonymityThresholdIsNeverBelowThree() throws {
        #expect(throws: ConfigurationError.self) { try AppConfiguration(environment: ["ANONYMITY_THRESHOLD": "2"]) }
        #expect(try AppConfiguration(environment: ["ANONYMITY_THRESHOLD": "3"]).anonymityThreshold == 3)
    }

    @Test func theDatabaseMayBeMemoryAFileOrPostgres() throws {
        #expect(try AppConfiguration(environment: ["DATABASE_URL": "sqlite::memory:"]).database == .sqliteMemory)
        #expect(try AppConfiguration(environment: ["DATABASE_URL": "/tmp/v.sqlite"]).database == .sqliteFile(path: "/tmp/v.sqlite"))
        let url = "postgres://v:secret@db.internal:5432/veerkracht"
        #expect(try AppConfiguration(environment: ["DATABASE_URL": url]).database == .postgres(url: url, schema: nil))
    }

    @Test func anSQLiteFileInAMissingFolderIsRefused() {
        #expect(throws: ConfigurationError.self) {
            try AppConfiguration(environment: ["DATABASE_URL": "/no/such/folder/v.sqlite"])
        }
    }

    @Test func anHttpsPublicAddressMakesCookiesSecure() throws {
        let configuration = try AppConfiguration(environment: ["PUBLIC_URL": "https://veerkracht.example.org/"])
        #expect(configuration.usesSecureCookies)
        #expect(configuration.publicURL.absoluteString == "https://veerkracht.example.org")
    }

    @Test func serveIsTheDefaultCommand() {
        #expect(Application.isServe(["veerkracht"]))
        #expect(Application.isServe(["veerkracht", "serve", "--port", "9000"]))
        #expect(!Application.isServe(["veerkracht", "migrate"]))
        #expect(!Application.isServe(["veerkracht", "users", "create"]))
    }
}
