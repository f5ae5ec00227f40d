import Foundation

/// One OpenID Connect provider people may sign in with (Entra ID, Google, a Keycloak), as the
/// environment names it:
///
///     OIDC_PROVIDERS=entra,keycloak
///     OIDC_ENTRA_ISSUER=https://login.microsoftonline.com/<tenant>/v2.0
///     OIDC_ENTRA_CLIENT_ID=…   OIDC_ENTRA_CLIENT_SECRET=…   OIDC_ENTRA_NAME=Microsoft
///
/// The secret is never shown back: pages show the name, the issuer and the client id only.
public struct IdentityProviderSettings: Sendable, Equatable {
    /// Lower-case letters, digits and dashes: it appears in addresses and organisation settings.
    public var slug: String
    /// The name on the sign-in button.
    public var name: String
    public var issuer: URL
    public var clientID: String
    public var clientSecret: String
    /// Set for a provider whose ID tokens carry no `email_verified` claim but only addresses it
    /// verified itself (Entra ID with the organisation's own domains): then a missing claim is
    /// read as verified. An explicit `email_verified: false` is refused either way.
    public var emailsAreVerified: Bool

    public init(slug: String, name: String, issuer: URL, clientID: String, clientSecret: String, emailsAreVerified: Bool = false) {
        self.slug = slug
        self.name = name
        self.issuer = issuer
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.emailsAreVerified = emailsAreVerified
    }

    /// The providers `OIDC_PROVIDERS` lists, each with its settings; every problem is added to
    /// `problems` under the variable's name.
    static func parse(_ value: (String) -> String?, problems: inout [(String, String)]) -> [IdentityProviderSettings] {
        guard let list = value("OIDC_PROVIDERS") else { return [] }
        var providers: [IdentityProviderSettings] = []
        for slug in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !slug.isEmpty {
            guard slug.count <= 32, slug.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                problems.append(("OIDC_PROVIDERS", "'\(slug)' is not a short name of letters, digits and dashes"))
                continue
            }
            guard !providers.contains(where: { $0.slug == slug }) else {
                problems.append(("OIDC_PROVIDERS", "'\(slug)' is listed twice"))
                continue
            }
            let prefix = "OIDC_" + slug.uppercased().replacingOccurrences(of: "-", with: "_") + "_"
            let issuerText = value(prefix + "ISSUER")
            let issuer = issuerText.flatMap { URL(string: $0.hasSuffix("/") ? String($0.dropLast()) : $0) }
            var complete = true
            if issuerText == nil {
                problems.append((prefix + "ISSUER", "is required for the provider '\(slug)'"))
                complete = false
            } else if issuer.map(isAcceptableIssuer) != true {
                problems.append((prefix + "ISSUER", "'\(issuerText ?? "")' must be an https:// address (http:// only on this machine)"))
                complete = false
            }
            for part in ["CLIENT_ID", "CLIENT_SECRET"] where value(prefix + part) == nil {
                problems.append((prefix + part, "is required for the provider '\(slug)'"))
                complete = false
            }
            guard complete, let issuer, let clientID = value(prefix + "CLIENT_ID"), let secret = value(prefix + "CLIENT_SECRET") else {
                continue
            }
            providers.append(
                IdentityProviderSettings(
                    slug: slug, name: value(prefix + "NAME") ?? slug, issuer: issuer, clientID: clientID, clientSecret: secret,
                    emailsAreVerified: ["1", "true", "yes"].contains(value(prefix + "EMAILS_VERIFIED")?.lowercased() ?? "")))
        }
        return providers
    }

    /// Tokens and secrets travel to the issuer, so it must be https, except on this machine
    /// (a provider started beside the server in tests).
    static func isAcceptableIssuer(_ url: URL) -> Bool {
        guard let host = url.host, !host.isEmpty else { return false }
        switch url.scheme?.lowercased() {
        case "https": return true
        case "http": return ["127.0.0.1", "localhost", "::1"].contains(host)
        default: return false
        }
    }
}
