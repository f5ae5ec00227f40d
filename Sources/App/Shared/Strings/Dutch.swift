import Foundation
import VeerkrachtCore

struct Dutch: Strings {
    let language = Language.nl
    let languageName = "Nederlands"
    let locale = Locale(identifier: "nl_NL")

    let skipToContent = "Naar de inhoud"
    let mainNavigation = "Hoofdmenu"
    let administration = "Beheer"
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

    let setupTitle = "Veerkracht inrichten"
    let setupIntro =
        "Er is nog geen account. Maak hier de beheerder van deze installatie aan. De inrichtingscode staat in het logboek van de server, vlak na het starten."
    let setupNoCode =
        "Deze server heeft geen inrichtingscode uitgegeven. Start hem met 'veerkracht serve' en neem de code over uit het logboek."
    let setupCodeLabel = "Inrichtingscode"
    let setupCodeHint = "Zestien tekens in vier groepen, bijvoorbeeld ABCD-EFGH-JKLM-NPQR."
    let setupSubmit = "Beheerder aanmaken"
    let setupWrongCode = "Deze inrichtingscode klopt niet. Kijk in het logboek van de server."
    let emailLabel = "E-mailadres"
    let invalidEmail = "Vul een geldig e-mailadres in, zoals naam@organisatie.nl."
    let passwordLabel = "Wachtwoord"
    let passwordHint = "Minstens \(PasswordPolicy.minimumLength) tekens. Een zin van een paar woorden is sterk en goed te onthouden."
    let passwordConfirmationLabel = "Wachtwoord nogmaals"
    func passwordProblem(_ problem: PasswordPolicy.Problem) -> String {
        switch problem {
        case .tooShort(let minimum):
            "Het wachtwoord moet minstens \(minimum) tekens lang zijn; een paar losse woorden achter elkaar werkt goed."
        case .tooLong(let maximumBytes):
            "Het wachtwoord mag hoogstens \(maximumBytes) bytes lang zijn (letters met accenten en emoji tellen dubbel of meer); de rest zou genegeerd worden."
        case .common:
            "Dit wachtwoord probeert een aanvaller als eerste: een bekend woord of een toetsenbordrij met cijfers of tekens erbij. Kies een paar losse woorden."
        case .mismatch: "De twee wachtwoorden zijn niet gelijk."
        }
    }
    let signInTitle = "Inloggen"
    let signInSubmit = "Inloggen"
    let signInFailed = "Dit e-mailadres en wachtwoord horen niet bij elkaar."
    func signInLocked(minutes: Int) -> String {
        "Er is te vaak een verkeerd wachtwoord gebruikt voor dit adres. Probeer het over \(minutes) \(minutes == 1 ? "minuut" : "minuten") opnieuw."
    }
    let signedOut = "U bent uitgelogd."
    let homeTitle = "Uw organisaties"
    let homeEmpty = "U hoort nog bij geen enkele organisatie. Vraag de beheerder om een uitnodiging."
    let homeEmptyAdmin = "Er zijn nog geen organisaties waar u bij hoort. Maak er een aan onder Beheer en nodig uzelf of anderen uit."
    func roleName(_ role: Role) -> String {
        switch role {
        case .advisor: "Adviseur"
        case .manager: "Manager"
        case .viewer: "Lezer"
        }
    }
    func roleChoice(_ role: Role) -> String {
        switch role {
        case .advisor: "Adviseur — zet scans uit, houdt het portfolio, units en mensen bij"
        case .manager: "Manager — leest uitkomsten en dashboard, voert het gesprek"
        case .viewer: "Lezer — leest mee"
        }
    }
    func yourRole(_ role: String) -> String { "Uw rol: \(role)" }
    let invitationTitle = "Uitnodiging aannemen"
    func invitationIntro(organisation: String, role: String, email: String) -> String {
        "U bent uitgenodigd voor \(organisation) als \(role.lowercased()), met het adres \(email). Kies een wachtwoord om uw account te maken."
    }
    let invitationSubmit = "Account maken"

    let organisationsTitle = "Organisaties"
    let organisationsEmpty = "Er zijn nog geen organisaties."
    let organisationCreateHeading = "Nieuwe organisatie"
    let organisationCreateSubmit = "Organisatie aanmaken"
    let organisationNameTaken = "Er is al een organisatie met deze naam."
    let nameLabel = "Naam"
    let nameRequired = "Vul een naam in."
    func nameTooLong(maximum: Int) -> String { "Een naam is hoogstens \(maximum) tekens lang." }
    let membersHeading = "Leden"
    let membersEmpty = "Nog niemand heeft toegang tot deze organisatie."
    let roleLabel = "Rol"
    let invitationsHeading = "Openstaande uitnodigingen"
    let expiresHeading = "Geldig tot"
    let inviteHeading = "Iemand uitnodigen"
    let inviteHint =
        "U krijgt een persoonlijke link die u zelf doorstuurt. De link werkt één keer en is twee weken geldig. Heeft iemand al een account, dan krijgt die meteen toegang."
    let inviteSubmit = "Uitnodigen"
    let accessHeading = "Toegang"
    let removeAccess = "Toegang intrekken"
    func roleFor(email: String) -> String { "Rol van \(email)" }
    func removeAccessFor(email: String) -> String { "Toegang van \(email) intrekken" }
    func invitationCreated(email: String) -> String {
        "De uitnodiging voor \(email) staat klaar. Stuur deze link door; hij wordt maar één keer getoond:"
    }
    func memberAddedExisting(email: String) -> String { "\(email) had al een account en heeft nu toegang tot deze organisatie." }
    func alreadyMember(email: String) -> String { "\(email) heeft al toegang tot deze organisatie." }

    let unitsTitle = "Units"
    func unitCount(_ count: Int) -> String { count == 1 ? "1 actieve unit" : "\(count) actieve units" }
    let unitsEmpty = "Er zijn nog geen units. Begin bovenaan, bijvoorbeeld met een divisie of afdeling."
    let codeLabel = "Code"
    let statusHeading = "Status"
    let active = "actief"
    let archived = "gearchiveerd"
    let unitCreateHeading = "Unit toevoegen"
    let unitCodeHint = "Optioneel: de code uit het HR-systeem. Een import mag naar de code of naar het pad verwijzen."
    let parentLabel = "Valt onder"
    let topLevel = "(bovenste niveau)"
    let unitCreateSubmit = "Unit toevoegen"
    let backToUnits = "Terug naar alle units"
    let unitRenameHeading = "Naam en code"
    let save = "Opslaan"
    let unitMoveHeading = "Verplaatsen"
    let unitMoveSubmit = "Verplaatsen"
    let unitArchiveHeading = "Archiveren"
    let unitArchiveHint =
        "Een gearchiveerde unit en alles eronder verdwijnen uit keuzelijsten en imports, maar hun geschiedenis blijft bewaard. Archiveren kan pas als er geen actieve mensen meer in zitten."
    let unitArchiveSubmit = "Archiveren"
    let unitRestoreSubmit = "Terugzetten"
    func unitCreated(name: String) -> String { "Unit ‘\(name)’ is toegevoegd." }
    let unitNameTaken = "Op deze plek bestaat al een unit met deze naam."
    let unitCodeTaken = "Deze code is al in gebruik bij een andere unit."
    let unitNameHasSeparator = "Een naam mag geen / bevatten: die scheidt in een import de niveaus van het pad."
    let unitMoveInvalid = "Een unit kan niet onder zichzelf, onder een eigen onderdeel of onder een gearchiveerde unit komen."
    func unitHasPeople(_ count: Int) -> String {
        count == 1
            ? "Er zit nog 1 actieve persoon in deze unit of eronder. Verplaats die eerst, bijvoorbeeld met een import."
            : "Er zitten nog \(count) actieve mensen in deze unit of eronder. Verplaats hen eerst, bijvoorbeeld met een import."
    }
    let unitRestoreBlocked = "Zet eerst de bovenliggende unit terug."

    let peopleTitle = "Mensen"
    func peopleCount(_ count: Int) -> String { count == 1 ? "1 persoon" : "\(count) mensen" }
    let peopleEmpty = "Er zijn nog geen mensen. Importeer ze uit een CSV-bestand van uw HR-systeem."
    let unitLabel = "Unit"
    let birthYearLabel = "Geboortejaar"
    let genderLabel = "Gender"
    let startDateLabel = "In dienst sinds"
    let levelLabel = "Niveau"
    func genderName(_ gender: Gender) -> String {
        switch gender {
        case .female: "vrouw"
        case .male: "man"
        case .other: "anders"
        }
    }
    let pagesLabel = "Pagina's"
    let previousPage = "Vorige"
    let nextPage = "Volgende"
    func pageOf(_ page: Int, _ pages: Int) -> String { "Pagina \(page) van \(pages)" }

    let importTitle = "Mensen importeren"
    let importIntro =
        "Upload een CSV-export uit uw HR-systeem. U ziet eerst wat er verandert; pas als u bevestigt, wordt het doorgevoerd. Bevat het bestand ook maar één fout, dan verandert er niets en ziet u alle fouten tegelijk."
    let importColumnsCaption = "Kolommen"
    let columnHeading = "Kolom"
    let meaningHeading = "Betekenis"
    func columnMeaning(_ column: PersonColumn) -> String {
        switch column {
        case .externalID: "Verplicht. Het vaste nummer van de medewerker in het HR-systeem."
        case .email: "Optioneel. Voor het versturen van scans."
        case .unit: "Optioneel. Het pad van de unit, zoals ‘Zorg / Team Noord’, of de code van de unit."
        case .birthYear: "Optioneel. Vier cijfers, bijvoorbeeld 1984."
        case .gender: "Optioneel. f (vrouw), m (man) of x (anders)."
        case .startDate: "Optioneel. Datum van indiensttreding: 2021-03-01 of 1-3-2021."
        case .level: "Optioneel. Functieniveau of schaal, vrije tekst."
        }
    }
    let importFormatHint =
        "Scheidingsteken ; of , (wordt herkend), UTF-8 met of zonder BOM. Een kolom die ontbreekt laat bestaande gegevens staan; een lege cel maakt het gegeven leeg."
    let importFileLabel = "CSV-bestand"
    let importFullLabel = "Dit is een volledige export"
    let importFullHint =
        "Bij een volledige export worden mensen die niet in het bestand staan gearchiveerd. Hun geschiedenis blijft bewaard."
    let importPartialHint = "Dit is geen volledige export: mensen die niet in het bestand staan, blijven zoals ze zijn."
    let importPreviewSubmit = "Bekijk wat er verandert"
    let importNoFile = "Kies een CSV-bestand om te uploaden."
    func importPreviewTitle(fileName: String) -> String { "Import van \(fileName)" }
    func importRejected(problems: Int) -> String {
        problems == 1
            ? "Het bestand bevat 1 fout. Er is niets gewijzigd. Herstel de fout en upload het bestand opnieuw."
            : "Het bestand bevat \(problems) fouten. Er is niets gewijzigd. Herstel ze en upload het bestand opnieuw."
    }
    let importProblemsCaption = "Fouten per regel"
    let lineHeading = "Regel"
    let problemHeading = "Wat er mis is"
    func importProblem(_ problem: ImportProblem) -> String {
        switch problem {
        case .fileEmpty: "Het bestand is leeg."
        case .notText: "Het bestand is geen leesbare tekst. Sla het op als CSV (UTF-8)."
        case .missingExternalIDColumn: "De kolom external_id ontbreekt in de eerste regel."
        case .duplicateColumn(let name): "De kolom ‘\(name)’ komt twee keer voor."
        case .wrongFieldCount(let expected, let found): "Deze regel heeft \(found) velden, de kopregel heeft er \(expected)."
        case .required: "Dit veld is verplicht."
        case .tooLong(let maximum): "Dit veld is langer dan \(maximum) tekens."
        case .duplicateExternalID(let first): "Deze external_id staat ook al op regel \(first)."
        case .invalidEmail(let value): "‘\(value)’ is geen geldig e-mailadres."
        case .duplicateEmail(let first): "Dit e-mailadres staat ook al op regel \(first)."
        case .unknownUnit(let value): "Er is geen actieve unit met pad of code ‘\(value)’."
        case .invalidBirthYear(let value, let earliest, let latest): "‘\(value)’ is geen geboortejaar tussen \(earliest) en \(latest)."
        case .invalidGender(let value): "‘\(value)’ is geen geldige waarde; gebruik f, m of x."
        case .invalidDate(let value): "‘\(value)’ is geen geldige datum; gebruik 2021-03-01 of 1-3-2021."
        case .tooManyRows(let maximum): "Het bestand heeft meer dan \(maximum) regels."
        case .controlCharacter: "Deze cel bevat een onzichtbaar stuurteken (zoals NUL)."
        }
    }
    let importTryAgain = "Een ander bestand uploaden"
    func importWillCreate(_ count: Int) -> String { count == 1 ? "1 persoon wordt toegevoegd" : "\(count) mensen worden toegevoegd" }
    func importWillUpdate(_ count: Int) -> String {
        count == 1 ? "bij 1 persoon veranderen gegevens" : "bij \(count) mensen veranderen gegevens"
    }
    func importWillMove(_ count: Int) -> String {
        count == 1 ? "1 persoon gaat naar een andere unit" : "\(count) mensen gaan naar een andere unit"
    }
    func importWillArchive(_ count: Int) -> String { count == 1 ? "1 persoon wordt gearchiveerd" : "\(count) mensen worden gearchiveerd" }
    func importUnchanged(_ count: Int) -> String { count == 1 ? "1 persoon blijft ongewijzigd" : "\(count) mensen blijven ongewijzigd" }
    func importIgnoredColumns(_ headers: [String]) -> String {
        "Deze kolommen kent Veerkracht niet en worden overgeslagen: \(list(headers))."
    }
    let importCreatesHeading = "Toegevoegd"
    let importUpdatesHeading = "Gewijzigd"
    let importMovesHeading = "Verplaatst"
    let importArchivesHeading = "Gearchiveerd"
    let importApplySubmit = "Import doorvoeren"
    let importNothingToDo = "Dit bestand verandert niets: alles is al zo."
    let importAlreadyApplied = "Deze import is al doorgevoerd."
    func importApplied(created: Int, changed: Int, archived: Int) -> String {
        "De import is doorgevoerd: \(created) toegevoegd, \(changed) gewijzigd of verplaatst, \(archived) gearchiveerd."
    }
    func andMore(_ count: Int) -> String { "en nog \(count)" }
}
