import Foundation

/// Signing in through an identity provider, and the administrator's settings for it.
protocol SingleSignOnStrings: Sendable {
    func signInWith(_ provider: String) -> String
    var signInWithPassword: String { get }
    func alsoSignOutAt(_ provider: String) -> String
    var signInRefusedTitle: String { get }
    func signInRefusal(_ kind: SignInRefusal.Kind, provider: String?) -> String
    func signInRefusalCode(_ code: String) -> String
    var backToSignIn: String { get }
    var passwordSignInSwitchedOff: String { get }
    var singleSignOnHeading: String { get }
    var singleSignOnExplanation: String { get }
    var noIdentityProviders: String { get }
    var passwordSignInLabel: String { get }
    var passwordSignInSave: String { get }
    var signInDomainLabel: String { get }
    var signInProviderLabel: String { get }
    var signInDomainAdd: String { get }
    var signInDomainRemove: String { get }
    var signInDomainInvalid: String { get }
    var signInDomainExists: String { get }
    var signInDomainsEmpty: String { get }
}
