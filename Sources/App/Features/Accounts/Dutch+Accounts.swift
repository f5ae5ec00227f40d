import Foundation
import VeerkrachtCore

/// Accounts, the audit log and the data an organisation owns: passwords, sessions, erasure, export and retention.
extension Dutch {
    var retentionHeading: String { "Bewaartermijn" }
    var retentionExplanation: String {
        "Zoveel maanden nadat een meting sluit, stoppen de persoonlijke links en worden antwoorden in uitvoering, leervoorkeurprofielen en niet-verstuurde mails gewist. De anonieme antwoorden en alle resultaten blijven."
    }
    var retentionLabel: String { "Persoonlijke links bewaren" }
    func retentionChoice(months: Int) -> String { "\(months) maanden na het sluiten" }
    var retentionOutOfRange: String { "Kies een bewaartermijn van 1 tot 120 maanden." }
    var eraseHeading: String { "Gegevens van een persoon wissen" }
    var eraseExplanation: String {
        "Op verzoek van een medewerker: wist e-mailadres, geboortejaar, geslacht, datum in dienst, niveau en unit, maakt diens persoonlijke links onbruikbaar en verwijdert antwoorden in uitvoering en het leervoorkeurprofiel. Ingestuurde antwoorden blijven: die waren al anoniem. Dit kan niet ongedaan worden."
    }
    var eraseConfirmation: String { "Ik begrijp dat dit niet ongedaan kan worden" }
    var eraseSubmit: String { "Gegevens wissen" }
    var eraseNeedsConfirmation: String {
        "Vul het personeelsnummer in en vink aan dat je begrijpt dat wissen niet ongedaan kan worden. Er is niets gewist."
    }
    var eraseUnknownPerson: String { "Er is niemand met dit personeelsnummer in deze organisatie. Er is niets gewist." }
    var personErased: String { "De persoonsgegevens zijn gewist." }
    var deleteOrganisationHeading: String { "Organisatie verwijderen" }
    func deleteOrganisationExplanation(_ name: String) -> String {
        "Verwijdert \(name) met alles erin: units, mensen, metingen en antwoorden, portfolio, gesprekken, tokens en logboek. Maak eerst een export of back-up. Typ de naam precies over om te bevestigen."
    }
    var deleteOrganisationNameLabel: String { "Naam van de organisatie" }
    var deleteOrganisationSubmit: String { "Definitief verwijderen" }
    var deleteOrganisationNameMismatch: String { "De getypte naam is niet precies de naam van de organisatie. Er is niets verwijderd." }
    var auditTitle: String { "Logboek" }
    var exportTitle: String { "Alle gegevens (ZIP)" }
    var exportCardText: String { "Units, mensen, metingen, antwoorden van toonbare groepen, portfolio en logboek, als CSV en JSON." }
    var auditCardText: String { "Wie wat deed: toegang, metingen, downloads, tokens en imports." }
    var auditExplanation: String {
        "Wie wat deed en wanneer, voor wat ertoe doet voor een ondernemingsraad: toegang, metingen, het responsbestand, verborgen antwoorden, tokens en imports. Niemand kan het logboek wijzigen; wat ouder is dan twee jaar verdwijnt."
    }
    var auditEmpty: String { "Nog niets vastgelegd." }
    var auditWhen: String { "Wanneer" }
    var auditWho: String { "Wie" }
    var auditWhat: String { "Wat" }
    var auditSubject: String { "Waarop" }
    var auditOlder: String { "Oudere gebeurtenissen" }
    func auditAction(_ action: AuditAction) -> String {
        switch action {
        case .memberInvited: "Lid uitgenodigd of toegevoegd"
        case .roleChanged: "Rol gewijzigd"
        case .memberRemoved: "Toegang ingetrokken"
        case .waveOpened: "Meting geopend"
        case .waveClosed: "Meting gesloten"
        case .waveReopened: "Meting heropend"
        case .liveResultsChanged: "Tussentijdse resultaten aan/uit"
        case .responsesDownloaded: "Responsbestand gedownload"
        case .openAnswerHidden: "Open antwoord verborgen"
        case .tokenCreated: "API-token gemaakt"
        case .tokenRevoked: "API-token ingetrokken"
        case .peopleImported: "Mensen geïmporteerd"
        case .passwordChanged: "Wachtwoord gewijzigd"
        case .signedOutEverywhere: "Overal uitgelogd"
        case .personErased: "Persoonsgegevens gewist"
        case .organisationDeleted: "Organisatie verwijderd"
        case .organisationExported: "Alle gegevens geëxporteerd"
        case .retentionChanged: "Bewaartermijn gewijzigd"
        }
    }
    var forgotPassword: String { "Wachtwoord vergeten?" }
    var passwordResetTitle: String { "Nieuw wachtwoord instellen" }
    var passwordResetExplanation: String {
        "Vul het e-mailadres van je account in. Je krijgt een link waarmee je één keer een nieuw wachtwoord kiest."
    }
    var passwordResetSubmit: String { "Stuur de link" }
    func passwordResetSent(minutes: Int) -> String {
        "Als er een account met dit adres is, staat er een link naar onderweg. Hij werkt \(minutes) minuten en één keer. Niets ontvangen? Kijk in je spammap of vraag je adviseur."
    }
    var passwordResetLinkInvalid: String { "Deze link werkt niet (meer): hij is al gebruikt, verlopen of niet compleet overgenomen." }
    var passwordResetAgain: String { "Vraag een nieuwe link aan" }
    var passwordResetDone: String { "Je nieuwe wachtwoord is ingesteld en je bent overal uitgelogd. Log in met je nieuwe wachtwoord." }
    var passwordResetSubject: String { "Je wachtwoord voor Veerkracht" }
    func passwordResetBody(link: String, minutes: Int) -> String {
        """
        Hallo,

        Iemand (hopelijk jij) vroeg een nieuw wachtwoord aan voor je account bij Veerkracht. Met deze link kies je het; hij werkt \(minutes) minuten en één keer:

        \(link)

        Vroeg je dit niet aan? Dan hoef je niets te doen: je huidige wachtwoord blijft gewoon werken.
        """
    }
    var accountTitle: String { "Mijn account" }
    var accountLink: String { "Account" }
    var changePasswordHeading: String { "Wachtwoord wijzigen" }
    var currentPasswordLabel: String { "Huidig wachtwoord" }
    var newPasswordLabel: String { "Nieuw wachtwoord" }
    var changePasswordSubmit: String { "Wachtwoord wijzigen" }
    var currentPasswordWrong: String { "Het huidige wachtwoord klopt niet. Er is niets gewijzigd." }
    var passwordChanged: String { "Je wachtwoord is gewijzigd. Op andere apparaten ben je uitgelogd." }
    var signOutEverywhereHeading: String { "Overal uitloggen" }
    var signOutEverywhereExplanation: String {
        "Beëindigt al je sessies, ook deze: handig als je ergens ingelogd bent gebleven of een apparaat kwijt bent."
    }
    var signOutEverywhereSubmit: String { "Overal uitloggen" }
}
