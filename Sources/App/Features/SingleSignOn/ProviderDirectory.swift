import Foundation
import JWTKit
import Logging

/// What Veerkracht uses of a provider's discovery document.
struct ProviderMetadata: Sendable, Decodable {
    let issuer: String
    let authorizationEndpoint: URL
    let tokenEndpoint: URL
    let jwksURI: URL
    let endSessionEndpoint: URL?

    enum CodingKeys: String, CodingKey {
        case issuer
        case authorizationEndpoint = "authorization_endpoint"
        case tokenEndpoint = "token_endpoint"
        case jwksURI = "jwks_uri"
        case endSessionEndpoint = "end_session_endpoint"
    }
}

/// The configured providers with their discovery documents and signing keys, fetched on first
/// use and kept for an hour. A token signed with a key id the kept set does not have makes the
/// set be fetched again (the provider rotated its keys), at most once per
/// `keyRefreshInterval`, so invented key ids cannot make Veerkracht hammer the provider.
actor ProviderDirectory {
    nonisolated let providers: [IdentityProviderSettings]
    private var transport: any ProviderTransport
    private var documents: [String: (metadata: ProviderMetadata, fetched: Date)] = [:]
    private var keySets: [String: KeySet] = [:]

    private struct KeySet {
        let keys: JWTKeyCollection
        let ids: Set<String>
        let fetched: Date
    }

    static let lifetime: TimeInterval = 3600
    static let keyRefreshInterval: TimeInterval = 10
    /// The signature algorithms accepted: RSA and elliptic curves. `none` and the HMAC family
    /// (which would take a public key as a shared secret) never are.
    static let algorithms: Set<String> = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"]

    init(providers: [IdentityProviderSettings], transport: any ProviderTransport) {
        self.providers = providers
        self.transport = transport
    }

    nonisolated func provider(_ slug: String) -> IdentityProviderSettings? { providers.first { $0.slug == slug } }

    /// Tests put a provider of their own in place, and forget what was fetched before.
    func use(_ transport: any ProviderTransport) {
        self.transport = transport
        documents = [:]
        keySets = [:]
    }

    func send(_ work: @Sendable (any ProviderTransport) async throws -> ProviderReply) async throws -> ProviderReply {
        try await work(transport)
    }

    /// The provider's discovery document; its issuer must be the configured one.
    func metadata(_ provider: IdentityProviderSettings, now: Date) async throws -> ProviderMetadata {
        if let kept = documents[provider.slug], now.timeIntervalSince(kept.fetched) < Self.lifetime { return kept.metadata }
        let url = provider.issuer.appendingPathComponent(".well-known/openid-configuration")
        let metadata: ProviderMetadata = try await fetchJSON(url)
        guard IDTokenCheck.sameIssuer(metadata.issuer, provider.issuer.absoluteString) else {
            throw ProviderUnreachable(description: "discovery names issuer \(LogText.safe(metadata.issuer))")
        }
        // Browsers are sent to two of these and the sign-in page links to one: nothing but
        // https (http only on this machine), never a `javascript:` or a `file:` address.
        let endpoints =
            [metadata.authorizationEndpoint, metadata.tokenEndpoint, metadata.jwksURI] + [metadata.endSessionEndpoint].compactMap { $0 }
        guard endpoints.allSatisfy(IdentityProviderSettings.isAcceptableIssuer) else {
            throw ProviderUnreachable(description: "discovery names an endpoint that is no https address")
        }
        documents[provider.slug] = (metadata, now)
        return metadata
    }

    /// The token's claims once its signature holds with one of the provider's keys.
    func verifiedClaims(_ token: String, provider: IdentityProviderSettings, now: Date) async throws(SignInRefusal) -> IDTokenClaims {
        guard let header = Self.header(of: token) else { throw .malformedToken }
        guard let algorithm = header.alg, Self.algorithms.contains(algorithm) else { throw .unsupportedAlgorithm }
        let set: KeySet
        do {
            set = try await keySet(provider, now: now, needing: header.kid)
        } catch {
            throw .providerUnreachable
        }
        // Every provider names the key it signed with; a token that does not is not theirs.
        guard let kid = header.kid, set.ids.contains(kid) else { throw .unknownKey }
        do {
            return try await set.keys.verify(token, as: IDTokenClaims.self)
        } catch is DecodingError {
            throw .malformedToken
        } catch let error as JWTError where error.errorType == .malformedToken {
            throw .malformedToken
        } catch {
            // The signature does not hold with the key it names (or that key cannot check it).
            throw .badSignature
        }
    }

    private func keySet(_ provider: IdentityProviderSettings, now: Date, needing kid: String?) async throws -> KeySet {
        if let kept = keySets[provider.slug] {
            let fresh = now.timeIntervalSince(kept.fetched) < Self.lifetime
            let hasKey = kid.map { kept.ids.contains($0) } ?? true
            let mayRefresh = now.timeIntervalSince(kept.fetched) >= Self.keyRefreshInterval
            if fresh && (hasKey || !mayRefresh) { return kept }
        }
        let metadata = try await metadata(provider, now: now)
        let jwks: JWKS = try await fetchJSON(metadata.jwksURI)
        let keys = JWTKeyCollection()
        // A key of a kind jwt-kit cannot use is left out, not a reason to refuse the others.
        var ids: Set<String> = []
        for jwk in jwks.keys {
            guard let id = jwk.keyIdentifier?.string, (try? await keys.add(jwk: jwk)) != nil else { continue }
            ids.insert(id)
        }
        let set = KeySet(keys: keys, ids: ids, fetched: now)
        keySets[provider.slug] = set
        return set
    }

    private func fetchJSON<T: Decodable>(_ url: URL) async throws -> T {
        let reply = try await transport.get(url)
        guard reply.status == 200 else { throw ProviderUnreachable(description: "\(url.host ?? "?") answered \(reply.status)") }
        do {
            return try JSONDecoder().decode(T.self, from: reply.body)
        } catch {
            throw ProviderUnreachable(description: "\(url.host ?? "?") sent no valid \(T.self)")
        }
    }

    struct Header: Decodable {
        let alg: String?
        let kid: String?
    }

    /// The token's header, read before any key is chosen.
    static func header(of token: String) -> Header? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let head = parts.first, let data = SecureToken.data(base64URL: head) else { return nil }
        return try? JSONDecoder().decode(Header.self, from: data)
    }
}
