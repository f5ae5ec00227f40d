import Foundation
import Logging

/// Every setting of an installation, read once at start from the environment.
public struct AppConfiguration: Sendable, Equatable {
    public enum DatabaseLocation: Sendable, Equatable {
        case sqliteFile(path: String)
        case sqliteMemory
        /// `schema`, when set, keeps all tables in a schema of their own (used by tests).
        case postgres(url: String, schema: String?)
    }

    public var database: DatabaseLocation
    public var host: String
    public var port: Int
    public var publicURL: URL
    public var logLevel: Logger.Level
    public var anonymityThreshold: Int
    /// Where the key comes from that personal survey links are derived from.
    public var secretKey: SecretKeySource = .ephemeral
    /// How invitations are mailed, if at all; without it the advisor downloads the links.
    public var mail: MailSettings? = nil
    /// The identity providers people may sign in with, besides a password.
    public var identityProviders: [IdentityProviderSettings] = []
    /// How long a server remembers a session and its account (`SignedInCache`); 0 reads them
    /// on every request.
    public var signedInCacheLifetime: TimeInterval = 2

    public enum SecretKeySource: Sendable, Equatable {
        /// Given in SECRET_KEY: every server of an installation must share it.
        case given(String)
        /// Kept in a file beside the SQLite database, made on first start.
        case file(path: String)
        /// A fresh key per process, for tests and in-memory databases.
        case ephemeral
    }

    public struct MailSettings: Sendable, Equatable {
        /// A sendmail-compatible command that reads a whole message on standard input.
        public var command: [String]
        public var from: String
    }

    /// The shortest SECRET_KEY accepted: 32 characters carry enough entropy when random.
    public static let minimumSecretKeyLength = 32

    public static let minimumAnonymityThreshold = 3

    /// The settings with their defaults, in the order the README and error messages list them.
    public static let settings: [(name: String, meaning: String, defaultValue: String)] = [
        (
            "DATABASE_URL", "an SQLite file path, sqlite::memory:, a postgres:// URL, or a postgres+uds:// URL for a Unix socket",
            "veerkracht.sqlite"
        ),
        ("HOST", "the address to listen on", "127.0.0.1"),
        ("PORT", "the port to listen on (1–65535)", "8080"),
        ("PUBLIC_URL", "the address people use to reach Veerkracht (http or https)", "http://HOST:PORT"),
        ("LOG_LEVEL", "trace, debug, info, notice, warning, error or critical", "info"),
        ("ANONYMITY_THRESHOLD", "smallest group whose results are shown (at least 3)", "5"),
        (
            "SIGNED_IN_CACHE_SECONDS",
            "how long a server remembers a session and its account (0–60); what no request changes (a row edited by hand) counts after at most this",
            "2"
        ),
        (
            "SECRET_KEY", "at least 32 random characters that survey links are derived from; required with PostgreSQL",
            "a key file beside the SQLite file"
        ),
        (
            "MAIL_COMMAND", "a sendmail-compatible command that sends invitations, e.g. /usr/sbin/sendmail -t -i",
            "none: links are downloaded"
        ),
        ("MAIL_FROM", "the sender address of invitations; required with MAIL_COMMAND", "none"),
        (
            "OIDC_PROVIDERS",
            "short names of OpenID Connect providers, e.g. entra,keycloak; each needs OIDC_<NAME>_ISSUER, _CLIENT_ID, _CLIENT_SECRET (optional _NAME, _EMAILS_VERIFIED)",
            "none: password only"
        )
    ]

    /// The configuration for tests: an in-memory database and quiet logs.
    public static func testing(database: DatabaseLocation = .sqliteMemory) -> AppConfiguration {
        AppConfiguration(
            database: database, host: "127.0.0.1", port: 8080,
            publicURL: URL(string: "http://127.0.0.1:8080")!, logLevel: .warning, anonymityThreshold: 5,
            signedInCacheLifetime: 0)
    }

    public var usesSecureCookies: Bool { publicURL.scheme == "https" }
}

/// Everything wrong with an environment at once, so one start tells the whole story.
public struct ConfigurationError: Error, CustomStringConvertible, Equatable {
    public let problems: [(setting: String, problem: String)]

    public static func == (lhs: ConfigurationError, rhs: ConfigurationError) -> Bool {
        lhs.problems.map { "\($0.setting)=\($0.problem)" } == rhs.problems.map { "\($0.setting)=\($0.problem)" }
    }

    public var description: String {
        var lines = ["Veerkracht cannot start: the configuration has \(problems.count) problem(s).", ""]
        lines += problems.map { "  ✗ \($0.setting): \($0.problem)" }
        lines += ["", "Settings (environment variables):"]
        // Names padded to the longest, so every meaning starts in one column.
        let width = AppConfiguration.settings.map(\.name.count).max() ?? 20
        lines += AppConfiguration.settings.map {
            "  \($0.name.padding(toLength: width, withPad: " ", startingAt: 0)) \($0.meaning); default \($0.defaultValue)"
        }
        return lines.joined(separator: "\n")
    }
}
