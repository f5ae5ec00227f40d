import Foundation
import VeerkrachtCore

struct English: Strings {
    let language = Language.en
    let languageName = "English"
    let locale = Locale(identifier: "en_GB")

    let skipToContent = "Skip to content"
    let mainNavigation = "Main menu"
    let administration = "All organisations"
    let placesNavigation = "Parts of the organisation"
    let administrationPlace = "Settings"
    let apiPlace = "API"
    let dashboardPlace = "Dashboard"
    let conversationsPlace = "Conversations"
    let menu = "Menu"
    let breadcrumbsLabel = "You are here"
    let noUnitsChosen = "No units chosen yet."
    let addUnitLabel = "Add a unit"
    let addUnitHint = "Type part of its name or path and pick it from the list; saving adds it."
    func showAllUnits(_ count: Int) -> String { "Or tick them in the list of all other units (\(count)):" }
    let chooseOrganisation = "Choose an organisation"
    let backHome = "Back to the start page"
    func signOut(email: String) -> String { "Sign out (\(email))" }
    func footer(version: String) -> String { "Veerkracht \(version) — sustainable learning in organisations" }
    func errorTitle(status: Int) -> String {
        switch status {
        case 404: "Not found"
        case 403: "No access"
        case 429: "Please wait"
        case 400..<500: "That did not work"
        default: "Something went wrong"
        }
    }
    func message(for error: AppError) -> String {
        switch error {
        case .notFound: "This page does not exist, or you have no access to it."
        case .forbidden: "Your role in this organisation does not allow this. Ask an advisor of your organisation."
        case .invalidFormToken: "The form had expired or did not come from this site. Nothing was changed; reload the page and try again."
        case .formTooLarge: "This form is larger, or has more fields, than any page of Veerkracht sends. Nothing was changed."
        case .controlCharacter:
            "A field holds an invisible control character (such as NUL) that nobody types. Nothing was changed; please type the text again."
        case .signInRequired: "Please sign in first."
        case .setupRequired: "Veerkracht has not been set up yet."
        case .badRequest(let detail): "The request was not right: \(detail)"
        case .unauthorized: "Send a valid API token: Authorization: Bearer <token>."
        case .invalid(_, let detail): detail
        }
    }
    func message(forStatus status: UInt) -> String {
        switch status {
        case 404: "This page does not exist, or you have no access to it."
        case 413: "The file is too large."
        case 400..<500: "The request could not be handled. Nothing was changed."
        default: "Something went wrong on our side. Nothing was changed; please try again later."
        }
    }

    let nameLabel = "Name"
    let nameRequired = "Enter a name."
    func nameTooLong(maximum: Int) -> String { "A name is at most \(maximum) characters long." }

}
