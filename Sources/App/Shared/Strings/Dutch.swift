import Foundation
import VeerkrachtCore

struct Dutch: Strings {
    let language = Language.nl
    let languageName = "Nederlands"
    let locale = Locale(identifier: "nl_NL")

    let skipToContent = "Naar de inhoud"
    let mainNavigation = "Hoofdmenu"
    let administration = "Alle organisaties"
    let placesNavigation = "Onderdelen van de organisatie"
    let administrationPlace = "Beheer"
    let apiPlace = "API"
    let dashboardPlace = "Dashboard"
    let conversationsPlace = "Gesprekken"
    let menu = "Menu"
    let breadcrumbsLabel = "U bent hier"
    let noUnitsChosen = "Nog geen eenheden gekozen."
    let addUnitLabel = "Eenheid toevoegen"
    let addUnitHint = "Typ een deel van de naam of het pad en kies uit de lijst; opslaan voegt haar toe."
    func showAllUnits(_ count: Int) -> String { "Of vink aan in de lijst van alle andere eenheden (\(count)):" }
    let chooseOrganisation = "Kies een organisatie"
    let backHome = "Terug naar de startpagina"
    func signOut(email: String) -> String { "Uitloggen (\(email))" }
    func footer(version: String) -> String { "Veerkracht \(version) — duurzaam leren in organisaties" }
    func errorTitle(status: Int) -> String {
        switch status {
        case 404: "Niet gevonden"
        case 403: "Geen toegang"
        case 429: "Even wachten"
        case 400..<500: "Dat lukte niet"
        default: "Er ging iets mis"
        }
    }
    func message(for error: AppError) -> String {
        switch error {
        case .notFound: "Deze pagina bestaat niet, of u hebt er geen toegang toe."
        case .forbidden: "Uw rol in deze organisatie staat dit niet toe. Vraag een adviseur van uw organisatie."
        case .invalidFormToken:
            "Het formulier was verlopen of kwam niet van deze site. Er is niets gewijzigd; laad de pagina opnieuw en probeer het nog eens."
        case .formTooLarge: "Dit formulier is groter of heeft meer velden dan een pagina van Veerkracht verstuurt. Er is niets gewijzigd."
        case .controlCharacter:
            "Een veld bevat een onzichtbaar stuurteken (zoals NUL), dat niemand typt. Er is niets gewijzigd; typ de tekst opnieuw."
        case .signInRequired: "Log eerst in."
        case .setupRequired: "Veerkracht is nog niet ingericht."
        case .badRequest(let detail): "Het verzoek klopte niet: \(detail)"
        case .unauthorized: "Stuur een geldig API-token mee: Authorization: Bearer <token>."
        case .invalid(_, let detail): detail
        }
    }
    func message(forStatus status: UInt) -> String {
        switch status {
        case 404: "Deze pagina bestaat niet, of u hebt er geen toegang toe."
        case 413: "Het bestand is te groot."
        case 400..<500: "Het verzoek kon niet worden verwerkt. Er is niets gewijzigd."
        default: "Er ging aan onze kant iets mis. Er is niets gewijzigd; probeer het later nog eens."
        }
    }

    let nameLabel = "Naam"
    let nameRequired = "Vul een naam in."
    func nameTooLong(maximum: Int) -> String { "Een naam is hoogstens \(maximum) tekens lang." }

}
