import CryptoExtras
import Foundation
import JWTKit
import Vapor

@testable import App

/// An OpenID Connect provider inside the test, behind Veerkracht's `ProviderTransport`: it
/// serves a discovery document, its public keys, and a token endpoint that checks the client's
/// secret, the one-time code and the PKCE verifier before it signs an ID token with a key it
/// made itself. Knobs make it misbehave the ways the refusals cover.
actor TestIdentityProvider: ProviderTransport {
    static let issuer = "https://id.example.test/realms/staff"
    static let settings = IdentityProviderSettings(
        slug: "staff", name: "Staff ID", issuer: URL(string: issuer)!, clientID: "veerkracht", clientSecret: "client secret")

    enum Algorithm { case rs256, es256 }

    private var signing = JWTKeyCollection()
    private var kid = "k1"
    private var publicKeys: [[String: String]] = []
    private var codes: [String: (nonce: String?, challenge: String?, redirect: String?)] = [:]
    let clock: @Sendable () -> Date

    /// Changes every ID token before it is signed.
    var tamper: @Sendable (inout IDTokenClaims) -> Void = { _ in }
    /// Signs with a key the key set does not show (an attacker's, or a key not yet published).
    /// Signs with another key under the published key id: the signature cannot hold.
    var signWithForeignKey = false
    /// Names a key id the key set does not show (a key not yet published, or invented).
    var useUnpublishedKeyID = false
    /// Sends this instead of a signed ID token.
    var rawToken: String?
    /// Signs with the published key but names no key id in the header.
    var omitKeyID = false
    /// Signs properly, but the claims lack the subject every ID token must carry.
    var omitSubject = false
    var tokenStatus = 200
    var isDown = false
    /// What the discovery document names as the end-session address.
    var endSession = issuer + "/logout"
    private(set) var keySetFetches = 0
    private(set) var tokenRequests: [[String: String]] = []

    init(algorithm: Algorithm = .rs256, clock: @escaping @Sendable () -> Date = { Date() }) async throws {
        self.clock = clock
        try await rotate(algorithm)
    }

    func set(_ change: @Sendable (isolated TestIdentityProvider) -> Void) { change(self) }

    /// A new signing key with a new key id; the key set then shows only the new key.
    func rotate(_ algorithm: Algorithm = .rs256) async throws {
        kid = "k-" + UUID().uuidString.prefix(8).lowercased()
        signing = JWTKeyCollection()
        switch algorithm {
        case .rs256:
            let key = try Insecure.RSA.PrivateKey(backing: _RSA.Signing.PrivateKey(keySize: .bits2048))
            await signing.add(rsa: key, digestAlgorithm: .sha256, kid: JWKIdentifier(string: kid))
            await signing.add(rsa: key, digestAlgorithm: .sha256)
            let (modulus, exponent) = try key.publicKey.getKeyPrimitives()
            publicKeys = [
                [
                    "kty": "RSA", "kid": kid, "use": "sig", "alg": "RS256", "n": SecureToken.base64URL(modulus),
                    "e": SecureToken.base64URL(exponent)
                ]
            ]
        case .es256:
            let key = ES256PrivateKey()
            await signing.add(ecdsa: key, kid: JWKIdentifier(string: kid))
            await signing.add(ecdsa: key)
            guard let point = key.parameters else { throw Abort(.internalServerError) }
            publicKeys = [["kty": "EC", "crv": "P-256", "kid": kid, "use": "sig", "alg": "ES256", "x": point.x, "y": point.y]]
        }
    }

    /// What the provider's sign-in page does once the person signed in: a one-time code for the
    /// request Veerkracht redirected to it.
    func authorize(_ location: String) -> (code: String, state: String)? {
        guard let query = URLComponents(string: location)?.queryItems else { return nil }
        let value = { (name: String) in query.first { $0.name == name }?.value }
        let code = UUID().uuidString
        codes[code] = (value("nonce"), value("code_challenge"), value("redirect_uri"))
        return value("state").map { (code, $0) }
    }

    func get(_ url: URL) async throws -> ProviderReply {
        if isDown { throw ProviderUnreachable(description: "test provider is down") }
        switch url.absoluteString {
        case Self.issuer + "/.well-known/openid-configuration":
            return json([
                "issuer": Self.issuer, "authorization_endpoint": Self.issuer + "/auth", "token_endpoint": Self.issuer + "/token",
                "jwks_uri": Self.issuer + "/certs", "end_session_endpoint": endSession
            ])
        case Self.issuer + "/certs":
            keySetFetches += 1
            return json(["keys": publicKeys])
        default:
            return ProviderReply(status: 404, body: Data())
        }
    }

    func postForm(_ url: URL, fields: [(String, String)], user: String, password: String) async throws -> ProviderReply {
        if isDown { throw ProviderUnreachable(description: "test provider is down") }
        let form = Dictionary(fields, uniquingKeysWith: { a, _ in a })
        tokenRequests.append(form)
        guard url.absoluteString == Self.issuer + "/token", user == Self.settings.clientID, password == Self.settings.clientSecret,
            let code = form["code"], let issued = codes.removeValue(forKey: code),
            issued.redirect == form["redirect_uri"],
            let verifier = form["code_verifier"], issued.challenge == PKCE.challenge(for: verifier)
        else { return json(["error": "invalid_grant"], status: 400) }
        guard tokenStatus == 200 else { return json(["error": "server_error"], status: tokenStatus) }
        var claims = IDTokenClaims(
            issuer: Self.issuer, subject: "subject-1", audience: [Self.settings.clientID], expires: clock().addingTimeInterval(300),
            notBefore: clock().addingTimeInterval(-5), nonce: issued.nonce, email: "Anna@Zorg.example", emailVerified: true)
        tamper(&claims)
        let token: String
        if let rawToken {
            token = rawToken
        } else if omitKeyID {
            token = try await signing.sign(claims)
        } else if omitSubject {
            token = try await signing.sign(
                WithoutSubject(iss: claims.issuer, aud: claims.audience, exp: Int(claims.expires.timeIntervalSince1970)),
                kid: JWKIdentifier(string: kid))
        } else if signWithForeignKey || useUnpublishedKeyID {
            let other = JWTKeyCollection()
            let otherKid = JWKIdentifier(string: useUnpublishedKeyID ? "unpublished" : kid)
            await other.add(ecdsa: ES256PrivateKey(), kid: otherKid)
            token = try await other.sign(claims, kid: otherKid)
        } else {
            token = try await signing.sign(claims, kid: JWKIdentifier(string: kid))
        }
        return json(["access_token": "opaque", "token_type": "Bearer", "id_token": token])
    }

    struct WithoutSubject: JWTPayload {
        let iss: String
        let aud: [String]
        let exp: Int
        func verify(using algorithm: some JWTAlgorithm) throws {}
    }

    private func json(_ object: Any, status: Int = 200) -> ProviderReply {
        ProviderReply(status: status, body: (try? JSONSerialization.data(withJSONObject: object)) ?? Data())
    }

}
