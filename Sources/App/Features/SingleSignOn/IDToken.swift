import Foundation
import JWTKit
import VeerkrachtCore

/// The claims of an ID token Veerkracht reads. jwt-kit checks the signature; the claims are
/// checked by `IDTokenCheck` against the application's clock, so tests can move time.
struct IDTokenClaims: JWTPayload, Equatable {
    let issuer: String
    let subject: String
    let audience: [String]
    let authorizedParty: String?
    let expires: Date
    let notBefore: Date?
    let nonce: String?
    let email: String?
    /// nil when the token does not say; some providers send the text "true".
    let emailVerified: Bool?

    enum CodingKeys: String, CodingKey {
        case issuer = "iss"
        case subject = "sub"
        case audience = "aud"
        case authorizedParty = "azp"
        case expires = "exp"
        case notBefore = "nbf"
        case nonce, email
        case emailVerified = "email_verified"
    }

    init(
        issuer: String, subject: String, audience: [String], authorizedParty: String? = nil, expires: Date,
        notBefore: Date? = nil, nonce: String?, email: String?, emailVerified: Bool?
    ) {
        self.issuer = issuer
        self.subject = subject
        self.audience = audience
        self.authorizedParty = authorizedParty
        self.expires = expires
        self.notBefore = notBefore
        self.nonce = nonce
        self.email = email
        self.emailVerified = emailVerified
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        issuer = try c.decode(String.self, forKey: .issuer)
        subject = try c.decode(String.self, forKey: .subject)
        if let many = try? c.decode([String].self, forKey: .audience) {
            audience = many
        } else {
            audience = [try c.decode(String.self, forKey: .audience)]
        }
        authorizedParty = try c.decodeIfPresent(String.self, forKey: .authorizedParty)
        expires = Date(timeIntervalSince1970: try c.decode(Double.self, forKey: .expires))
        notBefore = try c.decodeIfPresent(Double.self, forKey: .notBefore).map(Date.init(timeIntervalSince1970:))
        nonce = try c.decodeIfPresent(String.self, forKey: .nonce)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        if let flag = try? c.decodeIfPresent(Bool.self, forKey: .emailVerified) {
            emailVerified = flag
        } else {
            emailVerified = try? c.decodeIfPresent(String.self, forKey: .emailVerified).map { $0.lowercased() == "true" }
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(issuer, forKey: .issuer)
        try c.encode(subject, forKey: .subject)
        try c.encode(audience, forKey: .audience)
        try c.encodeIfPresent(authorizedParty, forKey: .authorizedParty)
        try c.encode(Int(expires.timeIntervalSince1970), forKey: .expires)
        try c.encodeIfPresent(notBefore.map { Int($0.timeIntervalSince1970) }, forKey: .notBefore)
        try c.encodeIfPresent(nonce, forKey: .nonce)
        try c.encodeIfPresent(email, forKey: .email)
        try c.encodeIfPresent(emailVerified, forKey: .emailVerified)
    }

    /// Nothing here: `IDTokenCheck` checks the claims with the application's clock.
    func verify(using algorithm: some JWTAlgorithm) throws {}
}

/// The checks OpenID Connect Core (3.1.3.7) asks of an ID token once its signature holds.
enum IDTokenCheck {
    /// Clocks of two machines differ a little; a minute either way is forgiven.
    static let leeway: TimeInterval = 60

    /// The verified address the token proves, or why it proves none.
    static func email(
        in claims: IDTokenClaims, provider: IdentityProviderSettings, issuer: String, nonce: String, now: Date
    ) -> Result<EmailAddress, SignInRefusal> {
        guard sameIssuer(claims.issuer, issuer) else { return .failure(.wrongIssuer) }
        guard claims.audience.contains(provider.clientID) else { return .failure(.wrongAudience) }
        // A token for several audiences must name Veerkracht as the party it was issued to.
        if claims.audience.count > 1 || claims.authorizedParty != nil {
            guard claims.authorizedParty == provider.clientID else { return .failure(.wrongAudience) }
        }
        guard claims.expires.addingTimeInterval(leeway) > now else { return .failure(.expired) }
        if let notBefore = claims.notBefore, notBefore.addingTimeInterval(-leeway) > now { return .failure(.notYetValid) }
        guard let tokenNonce = claims.nonce, SecureToken.equal(tokenNonce, nonce) else { return .failure(.nonceMismatch) }
        guard let text = claims.email, let email = EmailAddress(text) else { return .failure(.emailMissing) }
        switch claims.emailVerified {
        case true?: return .success(email)
        case false?: return .failure(.emailUnverified)
        case nil: return provider.emailsAreVerified ? .success(email) : .failure(.emailUnverified)
        }
    }

    /// Issuers compare exactly, but a trailing slash is forgiven (the settings drop it).
    static func sameIssuer(_ a: String, _ b: String) -> Bool {
        func trimmed(_ s: String) -> String { s.hasSuffix("/") ? String(s.dropLast()) : s }
        return trimmed(a) == trimmed(b)
    }
}
