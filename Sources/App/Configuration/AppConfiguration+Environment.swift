import Foundation
import Logging
import VeerkrachtCore

extension AppConfiguration {
    /// Reads the configuration from environment variables; an empty variable counts as unset.
    public init(environment: [String: String]) throws(ConfigurationError) {
        var problems: [(String, String)] = []
        func value(_ name: String) -> String? {
            guard let raw = environment[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return raw
        }

        let database = Self.parseDatabase(value("DATABASE_URL") ?? "veerkracht.sqlite")
        if case .failure(let message) = database { problems.append(("DATABASE_URL", message.description)) }

        let host = value("HOST") ?? "127.0.0.1"
        var port = 8080
        if let raw = value("PORT") {
            if let parsed = Int(raw), (1...65535).contains(parsed) {
                port = parsed
            } else {
                problems.append(("PORT", "'\(raw)' is not a port number between 1 and 65535"))
            }
        }
        var publicURL = URL(string: "http://\(host):\(port)")!
        if let raw = value("PUBLIC_URL") {
            if let url = URL(string: raw.hasSuffix("/") ? String(raw.dropLast()) : raw),
                ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host?.isEmpty == false
            {
                publicURL = url
            } else {
                problems.append(("PUBLIC_URL", "'\(raw)' is not an http:// or https:// address"))
            }
        }
        var logLevel = Logger.Level.info
        if let raw = value("LOG_LEVEL") {
            if let level = Logger.Level(rawValue: raw.lowercased()) {
                logLevel = level
            } else {
                problems.append(("LOG_LEVEL", "'\(raw)' is not one of trace, debug, info, notice, warning, error, critical"))
            }
        }
        var threshold = 5
        if let raw = value("ANONYMITY_THRESHOLD") {
            if let parsed = Int(raw), parsed >= Self.minimumAnonymityThreshold {
                threshold = parsed
            } else {
                problems.append(("ANONYMITY_THRESHOLD", "'\(raw)' is not a whole number of at least \(Self.minimumAnonymityThreshold)"))
            }
        }
        // Exact on either database: one server serves an SQLite file, and servers sharing
        // PostgreSQL tell each other what to forget (`SignedInNotices`).
        var cacheLifetime: TimeInterval = 2
        if let raw = value("SIGNED_IN_CACHE_SECONDS") {
            if let parsed = Int(raw), (0...60).contains(parsed) {
                cacheLifetime = TimeInterval(parsed)
            } else {
                problems.append(("SIGNED_IN_CACHE_SECONDS", "'\(raw)' is not a whole number of seconds from 0 to 60"))
            }
        }
        let secretKey = Self.parseSecretKey(value("SECRET_KEY"), database: database, problems: &problems)
        let mail = Self.parseMail(command: value("MAIL_COMMAND"), from: value("MAIL_FROM"), problems: &problems)
        let providers = IdentityProviderSettings.parse(value, problems: &problems)
        guard problems.isEmpty, case .success(let location) = database else {
            throw ConfigurationError(problems: problems)
        }
        self.init(
            database: location, host: host, port: port, publicURL: publicURL,
            logLevel: logLevel, anonymityThreshold: threshold, secretKey: secretKey, mail: mail)
        identityProviders = providers
        signedInCacheLifetime = cacheLifetime
    }

    /// Several servers on one PostgreSQL database must derive the same links, so there the
    /// key must be given; an SQLite installation keeps its own key file beside the database.
    private static func parseSecretKey(
        _ raw: String?, database: Result<DatabaseLocation, ParseFailure>,
        problems: inout [(String, String)]
    ) -> SecretKeySource {
        if let raw {
            if raw.count >= minimumSecretKeyLength { return .given(raw) }
            problems.append(
                (
                    "SECRET_KEY",
                    "is \(raw.count) characters long; use at least \(minimumSecretKeyLength) random characters, e.g. from `openssl rand -base64 48`"
                ))
            return .ephemeral
        }
        switch database {
        case .success(.sqliteFile(let path)): return .file(path: path + ".key")
        case .success(.postgres):
            problems.append(
                (
                    "SECRET_KEY",
                    "is required with PostgreSQL, so that every server derives the same survey links; e.g. `openssl rand -base64 48`"
                ))
        default: break
        }
        return .ephemeral
    }

    private static func parseMail(command: String?, from: String?, problems: inout [(String, String)]) -> MailSettings? {
        guard let command else {
            if from != nil { problems.append(("MAIL_FROM", "is set but MAIL_COMMAND is not; set both to send invitations by mail")) }
            return nil
        }
        let words = command.split(separator: " ").map(String.init)
        guard let from, EmailAddress(from) != nil else {
            problems.append(("MAIL_FROM", "must be an e-mail address when MAIL_COMMAND is set"))
            return nil
        }
        return MailSettings(command: words, from: from)
    }

    /// PostgreSQL on the same host through its Unix socket, as the driver reads it: the socket
    /// file as the path, the database after `#`, no host but `localhost` and no port. Saves the
    /// loopback TCP that every query otherwise crosses twice.
    private static func socketURL(_ raw: String) -> Result<DatabaseLocation, ParseFailure> {
        guard let url = URLComponents(string: raw), url.user?.isEmpty == false, url.host.map({ $0.isEmpty || $0 == "localhost" }) ?? true,
            url.port == nil, url.path.count > 1, url.fragment?.isEmpty == false
        else {
            return .failure(
                ParseFailure(
                    "'\(withoutPassword(raw))' is not a complete postgres+uds://user:password@localhost/path/to/.s.PGSQL.5432#database URL")
            )
        }
        return .success(.postgres(url: raw, schema: nil))
    }

    /// The URL as a message may show it: a password does not belong on a console or in a log.
    /// Found by hand, not by a URL parser: a URL that no parser takes (a space in the password)
    /// is exactly the one that gets refused and shown.
    private static func withoutPassword(_ raw: String) -> String {
        guard let scheme = raw.range(of: "://") else { return raw }
        let rest = raw[scheme.upperBound...]
        // Everything between the user's colon and the last `@` goes, an `@` in the password too.
        guard let at = rest.lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") else { return raw }
        return String(raw[...colon]) + "…" + String(rest[at...])
    }

    private static func parseDatabase(_ raw: String) -> Result<DatabaseLocation, ParseFailure> {
        if raw == "sqlite::memory:" { return .success(.sqliteMemory) }
        let lower = raw.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
            guard let url = URL(string: raw), url.host?.isEmpty == false, url.path.count > 1 else {
                return .failure(ParseFailure("'\(withoutPassword(raw))' is not a complete postgres://user:password@host:port/database URL"))
            }
            return .success(.postgres(url: raw, schema: nil))
        }
        if lower.hasPrefix("postgres+uds://") || lower.hasPrefix("postgresql+uds://") {
            return socketURL(raw)
        }
        if lower.contains("://") {
            return .failure(
                ParseFailure("'\(withoutPassword(raw))' is neither an SQLite file path nor a postgres:// or postgres+uds:// URL"))
        }
        let path = lower.hasPrefix("sqlite:") ? String(raw.dropFirst("sqlite:".count)) : raw
        let directory = folder(ofFile: path)
        var isDirectory: ObjCBool = false
        if !directory.isEmpty, !(FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) && isDirectory.boolValue) {
            return .failure(ParseFailure("the folder '\(directory)' for the SQLite file does not exist"))
        }
        return .success(.sqliteFile(path: path))
    }
}

/// A message for the configuration error list; a type of its own so `Result` can carry it.
struct ParseFailure: Error, ExpressibleByStringLiteral, CustomStringConvertible {
    let description: String
    init(_ text: String) { description = text }
    init(stringLiteral value: String) { description = value }
}
