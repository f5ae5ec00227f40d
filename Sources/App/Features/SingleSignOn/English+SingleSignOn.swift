import Foundation

extension English {
    func signInWith(_ provider: String) -> String { "Sign in with \(provider)" }
    var signInWithPassword: String { "Or sign in with your e-mail address and password" }
    func alsoSignOutAt(_ provider: String) -> String { "Also sign out at \(provider)" }
    var signInRefusedTitle: String { "Not signed in" }
    func signInRefusal(_ kind: SignInRefusal.Kind, provider: String?) -> String {
        let name = provider ?? "your organisation's sign-in service"
        return switch kind {
        case .startAgain:
            "This sign-in was already completed, took longer than ten minutes or was started in another browser. Please start again."
        case .providerDeclined: "\(name) did not sign you in. Please start again; if it keeps happening, ask your IT department."
        case .providerUnreachable:
            "\(name) did not answer in time. Please try again in a few minutes; if it keeps happening, tell your IT department."
        case .untrustedAnswer:
            "The answer from \(name) could not be verified, so you were not signed in. Please start again; if it keeps happening, give your IT department the code below."
        case .noEmail:
            "\(name) did not confirm an e-mail address for you, and Veerkracht needs one to know who you are. Ask your IT department."
        case .domainNotAllowed:
            "No organisation in Veerkracht lets addresses like yours sign in through \(name). Sign in with your password, or ask your advisor."
        case .noAccess: "You do not have access to Veerkracht yet. Ask your advisor for an invitation."
        }
    }
    func signInRefusalCode(_ code: String) -> String { "Code for your IT department: \(code)" }
    var backToSignIn: String { "Back to sign-in" }
    var passwordSignInSwitchedOff: String {
        "Your organisation signs in through its own sign-in service, not with a password. Use the button for it below."
    }
    var singleSignOnHeading: String { "Sign-in" }
    var singleSignOnExplanation: String {
        "Let people with an address at a domain sign in through one of the installation's identity providers. The provider only proves who someone is: roles stay as set here, and someone without an invitation or membership cannot get in."
    }
    var noIdentityProviders: String { "No identity providers are set up for this installation (see OIDC_PROVIDERS in the README)." }
    var passwordSignInLabel: String { "Members may also sign in with a password" }
    var passwordSignInSave: String { "Save" }
    var signInDomainLabel: String { "E-mail domain" }
    var signInProviderLabel: String { "Provider" }
    var signInDomainAdd: String { "Allow" }
    var signInDomainRemove: String { "Remove" }
    var signInDomainInvalid: String { "Type a domain such as example.org. Nothing was changed." }
    var signInDomainExists: String { "That domain already signs in through that provider." }
    var signInDomainsEmpty: String { "No domain signs in through a provider yet." }
}
