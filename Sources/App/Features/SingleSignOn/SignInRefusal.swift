import Foundation

/// Why a sign-in through an identity provider was refused. The code goes into the log and, in
/// small print, onto the page, so that an IT department can tell the cases apart; the token
/// itself is never logged.
enum SignInRefusal: String, Error, CaseIterable, Sendable {
    /// The `state` is unknown, already used or older than `SignInFlows.lifetime`, or belongs
    /// to another browser.
    case flowUnknown = "unknown-state"
    case providerDeclined = "provider-declined"
    case providerUnreachable = "provider-unreachable"
    /// The token endpoint refused the code (used twice, expired, wrong verifier).
    case codeRejected = "code-rejected"
    case malformedToken = "malformed-token"
    case unsupportedAlgorithm = "unsupported-algorithm"
    case unknownKey = "unknown-key"
    case badSignature = "bad-signature"
    case wrongIssuer = "wrong-issuer"
    case wrongAudience = "wrong-audience"
    case expired = "expired-token"
    case notYetValid = "token-not-yet-valid"
    case nonceMismatch = "nonce-mismatch"
    case emailMissing = "no-email"
    case emailUnverified = "unverified-email"
    case domainNotAllowed = "domain-not-allowed"
    case noAccess = "no-access"

    /// The groups a person is told apart: what went wrong for them, not how.
    enum Kind {
        case startAgain, providerDeclined, providerUnreachable, untrustedAnswer, noEmail, domainNotAllowed, noAccess
    }

    var kind: Kind {
        switch self {
        case .flowUnknown: .startAgain
        case .providerDeclined: .providerDeclined
        case .providerUnreachable: .providerUnreachable
        case .codeRejected, .malformedToken, .unsupportedAlgorithm, .unknownKey, .badSignature, .wrongIssuer, .wrongAudience,
            .expired, .notYetValid, .nonceMismatch:
            .untrustedAnswer
        case .emailMissing, .emailUnverified: .noEmail
        case .domainNotAllowed: .domainNotAllowed
        case .noAccess: .noAccess
        }
    }
}
