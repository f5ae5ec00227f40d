import Foundation

extension Dutch {
    func signInWith(_ provider: String) -> String { "Inloggen met \(provider)" }
    var signInWithPassword: String { "Of log in met uw e-mailadres en wachtwoord" }
    func alsoSignOutAt(_ provider: String) -> String { "Ook uitloggen bij \(provider)" }
    var signInRefusedTitle: String { "Niet ingelogd" }
    func signInRefusal(_ kind: SignInRefusal.Kind, provider: String?) -> String {
        let name = provider ?? "de inlogdienst van uw organisatie"
        return switch kind {
        case .startAgain:
            "Deze inlogpoging is al afgerond, duurde langer dan tien minuten of is in een andere browser begonnen. Begin opnieuw."
        case .providerDeclined: "\(name) heeft u niet ingelogd. Begin opnieuw; gebeurt dit steeds, vraag het dan uw IT-afdeling."
        case .providerUnreachable:
            "\(name) antwoordde niet op tijd. Probeer het over een paar minuten opnieuw; gebeurt dit steeds, meld het dan bij uw IT-afdeling."
        case .untrustedAnswer:
            "Het antwoord van \(name) kon niet worden gecontroleerd, dus u bent niet ingelogd. Begin opnieuw; gebeurt dit steeds, geef uw IT-afdeling dan de code hieronder."
        case .noEmail:
            "\(name) bevestigde geen e-mailadres van u, en Veerkracht heeft dat nodig om te weten wie u bent. Vraag het uw IT-afdeling."
        case .domainNotAllowed:
            "Geen organisatie in Veerkracht laat adressen zoals het uwe inloggen via \(name). Log in met uw wachtwoord of vraag het uw adviseur."
        case .noAccess: "U hebt nog geen toegang tot Veerkracht. Vraag uw adviseur om een uitnodiging."
        }
    }
    func signInRefusalCode(_ code: String) -> String { "Code voor uw IT-afdeling: \(code)" }
    var backToSignIn: String { "Terug naar inloggen" }
    var passwordSignInSwitchedOff: String {
        "Uw organisatie logt in via haar eigen inlogdienst, niet met een wachtwoord. Gebruik daarvoor de knop hieronder."
    }
    var singleSignOnHeading: String { "Inloggen" }
    var singleSignOnExplanation: String {
        "Laat mensen met een adres op een domein inloggen via een van de inlogdiensten van deze installatie. De inlogdienst bewijst alleen wie iemand is: rollen blijven zoals ze hier staan, en wie geen uitnodiging of lidmaatschap heeft, komt er niet in."
    }
    var noIdentityProviders: String { "Deze installatie heeft geen inlogdiensten ingesteld (zie OIDC_PROVIDERS in de README)." }
    var passwordSignInLabel: String { "Leden mogen ook met een wachtwoord inloggen" }
    var passwordSignInSave: String { "Opslaan" }
    var signInDomainLabel: String { "E-maildomein" }
    var signInProviderLabel: String { "Inlogdienst" }
    var signInDomainAdd: String { "Toestaan" }
    var signInDomainRemove: String { "Verwijderen" }
    var signInDomainInvalid: String { "Typ een domein zoals voorbeeld.nl. Er is niets gewijzigd." }
    var signInDomainExists: String { "Dat domein logt al in via die inlogdienst." }
    var signInDomainsEmpty: String { "Nog geen domein logt in via een inlogdienst." }
}
