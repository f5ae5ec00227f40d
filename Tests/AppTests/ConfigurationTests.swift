import Foundation
import Testing
import Vapor

@testable import App

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
        let environment = [
            "DATABASE_URL": "mysql://x", "PORT": "80a", "PUBLIC_URL": "ftp://x",
            "LOG_LEVEL": "loud", "ANONYMITY_THRESHOLD": "2"
        ]
        #expect(throws: ConfigurationError.self) { try AppConfiguration(environment: environment) }
        do {
            _ = try AppConfiguration(environment: environment)
        } catch {
            #expect(error.problems.map(\.setting) == ["DATABASE_URL", "PORT", "PUBLIC_URL", "LOG_LEVEL", "ANONYMITY_THRESHOLD"])
            for setting in AppConfiguration.settings { #expect(error.description.contains(setting.name)) }
        }
    }

    @Test func aServerRemembersWhoAsksTwoSecondsOnEitherDatabaseUnlessSetAndNeverMoreThanAMinute() throws {
        #expect(try AppConfiguration(environment: [:]).signedInCacheLifetime == 2)
        let postgres = "postgres://v:v@127.0.0.1:5432/v"
        let key = String(repeating: "k", count: 32)
        #expect(try AppConfiguration(environment: ["DATABASE_URL": postgres, "SECRET_KEY": key]).signedInCacheLifetime == 2)
        #expect(
            try AppConfiguration(environment: ["DATABASE_URL": postgres, "SECRET_KEY": key, "SIGNED_IN_CACHE_SECONDS": "0"])
                .signedInCacheLifetime == 0)
        #expect(try AppConfiguration(environment: ["SIGNED_IN_CACHE_SECONDS": "0"]).signedInCacheLifetime == 0)
        #expect(throws: ConfigurationError.self) { try AppConfiguration(environment: ["SIGNED_IN_CACHE_SECONDS": "61"]) }
        #expect(throws: ConfigurationError.self) { try AppConfiguration(environment: ["SIGNED_IN_CACHE_SECONDS": "-1"]) }
    }

    @Test func theAnonymityThresholdIsNeverBelowThree() throws {
        #expect(throws: ConfigurationError.self) { try AppConfiguration(environment: ["ANONYMITY_THRESHOLD": "2"]) }
        #expect(try AppConfiguration(environment: ["ANONYMITY_THRESHOLD": "3"]).anonymityThreshold == 3)
    }

    @Test func theDatabaseMayBeMemoryAFileOrPostgres() throws {
        #expect(try AppConfiguration(environment: ["DATABASE_URL": "sqlite::memory:"]).database == .sqliteMemory)
        #expect(try AppConfiguration(environment: ["DATABASE_URL": "/tmp/v.sqlite"]).database == .sqliteFile(path: "/tmp/v.sqlite"))
        let url = "postgres://v:secret@db.internal:5432/veerkracht"
        let key = String(repeating: "k", count: 32)
        #expect(try AppConfiguration(environment: ["DATABASE_URL": url, "SECRET_KEY": key]).database == .postgres(url: url, schema: nil))
    }

    @Test func postgresOnTheSameHostMayBeReachedThroughItsUnixSocket() throws {
        let key = String(repeating: "k", count: 32)
        for url in [
            "postgres+uds://v:secret@localhost/var/run/postgresql/.s.PGSQL.5432#veerkracht", "postgresql+uds://v@/tmp/.s.PGSQL.5432#v"
        ] {
            #expect(
                try AppConfiguration(environment: ["DATABASE_URL": url, "SECRET_KEY": key]).database == .postgres(url: url, schema: nil))
        }
    }

    @Test func aSocketURLWithoutItsDatabasePathUserOrWithAHostIsRefused() {
        let key = String(repeating: "k", count: 32)
        for url in [
            "postgres+uds://v:secret@localhost/var/run/postgresql/.s.PGSQL.5432",  // no database
            "postgres+uds://v:secret@localhost/#veerkracht",  // no socket
            "postgres+uds://localhost/tmp/.s.PGSQL.5432#veerkracht",  // no user
            "postgres+uds://v:secret@db.internal/tmp/.s.PGSQL.5432#veerkracht",  // a host is TCP's
            "postgres+uds://v:secret@localhost:5432/tmp/.s.PGSQL.5432#veerkracht"  // so is a port
        ] {
            #expect(throws: ConfigurationError.self, "\(url)") {
                try AppConfiguration(environment: ["DATABASE_URL": url, "SECRET_KEY": key])
            }
        }
    }

    @Test func aRefusedDatabaseURLIsShownWithoutItsPassword() {
        for url in [
            "postgres://v:hunter2@db.internal", "postgres+uds://v:hunter2@localhost/#v", "mysql://v:hunter2@db.internal/v",
            "postgres://v:hunter2 x@db.internal"
        ] {
            do {
                _ = try AppConfiguration(environment: ["DATABASE_URL": url, "SECRET_KEY": String(repeating: "k", count: 32)])
                Issue.record("\(url) was accepted")
            } catch {
                #expect(error.description.contains("DATABASE_URL"))
                #expect(!error.description.contains("hunter2"))
            }
        }
    }

    @Test func postgresNeedsASharedSecretKey() {
        let url = "postgres://v:secret@db.internal:5432/veerkracht"
        #expect(throws: ConfigurationError.self) { try AppConfiguration(environment: ["DATABASE_URL": url]) }
    }

    @Test func aShortSecretKeyIsRefused() {
        #expect(throws: ConfigurationError.self) { try AppConfiguration(environment: ["SECRET_KEY": "too short"]) }
    }

    @Test func anSQLiteInstallationKeepsItsKeyBesideTheDatabase() throws {
        let configuration = try AppConfiguration(environment: ["DATABASE_URL": "/tmp/v.sqlite"])
        #expect(configuration.secretKey == .file(path: "/tmp/v.sqlite.key"))
    }

    @Test func theKeyFileIsMadeOnceAndThenReusedSoLinksStayTheSame() throws {
        let path = NSTemporaryDirectory() + "veerkracht-\(UUID().uuidString).key"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let invitation = UUID()
        let url = URL(string: "http://x")!
        let first = SurveyLinks(key: try LinkKeyStore.load(.file(path: path)), publicURL: url).token(for: invitation)
        let second = SurveyLinks(key: try LinkKeyStore.load(.file(path: path)), publicURL: url).token(for: invitation)
        #expect(first == second)
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test func aDamagedKeyFileStopsTheStartInsteadOfMakingNewLinks() throws {
        let path = NSTemporaryDirectory() + "veerkracht-\(UUID().uuidString).key"
        defer { try? FileManager.default.removeItem(atPath: path) }
        FileManager.default.createFile(atPath: path, contents: Data("not a key".utf8))
        #expect(throws: LinkKeyError.self) { try LinkKeyStore.load(.file(path: path)) }
    }

    @Test func mailNeedsBothACommandAndASender() throws {
        #expect(throws: ConfigurationError.self) { try AppConfiguration(environment: ["MAIL_COMMAND": "/usr/sbin/sendmail -t"]) }
        #expect(throws: ConfigurationError.self) { try AppConfiguration(environment: ["MAIL_FROM": "hr@example.org"]) }
        let configuration = try AppConfiguration(environment: ["MAIL_COMMAND": "/usr/sbin/sendmail -t -i", "MAIL_FROM": "hr@example.org"])
        #expect(configuration.mail == .init(command: ["/usr/sbin/sendmail", "-t", "-i"], from: "hr@example.org"))
    }

    @Test func anSQLiteFileInAMissingFolderIsRefused() {
        #expect(throws: ConfigurationError.self) {
            try AppConfiguration(environment: ["DATABASE_URL": "/no/such/folder/v.sqlite"])
        }
    }

    @Test func aOneLetterSQLiteFileNameIsAcceptedBesideTheServer() throws {
        #expect(try AppConfiguration(environment: ["DATABASE_URL": "x"]).database == .sqliteFile(path: "x"))
        #expect(try AppConfiguration(environment: ["DATABASE_URL": "sqlite:x"]).database == .sqliteFile(path: "x"))
    }

    @Test func aFilesFolderIsFoundWithoutFoundation() {
        #expect(folder(ofFile: "x") == "")
        #expect(folder(ofFile: "/x") == "/")
        #expect(folder(ofFile: "a/x") == "a")
        #expect(folder(ofFile: "/var/lib/veerkracht/v.sqlite") == "/var/lib/veerkracht")
        #expect(folder(ofFile: "") == "")
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

    @Test func askingForHelpServesNothing() {
        #expect(!Application.isServe(["veerkracht", "--help"]))
        #expect(!Application.isServe(["veerkracht", "serve", "--help"]))
        #expect(!Application.isServe(["veerkracht", "-h"]))
    }
}
