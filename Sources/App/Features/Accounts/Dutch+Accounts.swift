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
        "Op verzoek van een medewerker: wist e-mailadres, geboortejaar, geslacht, datum in dienst, niveau en eenheid, maakt diens persoonlijke links onbruikbaar en verwijdert antwoorden in uitvoering en het leervoorkeurprofiel. Ingestuurde antwoorden blijven: die waren al anoniem. Dit kan niet ongedaan worden."
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
        "Verwijdert \(name) met alles erin: eenheden, mensen, metingen en antwoorden, portfolio, gesprekken, tokens en logboek. Maak eerst een export of back-up. Typ de naam precies over om te bevestigen."
    }
    var deleteOrganisationNameLabel: String { "Naam van de organisatie" }
    var deleteOrganisationSubmit: String { "Definitief verwijderen" }
    var deleteOrganisationNameMismatch: String { "De getypte naam is niet precies de naam van de organisatie. Er is niets verwijderd." }
    var auditTitle: String { "Logboek" }
    var exportTitle: String { "Alle gegevens (ZIP)" }
    var exportCardText: String { "Eenheden, mensen, metingen, antwoorden van toonbare groepen, portfolio en logboek, als CSV en JSON." }
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
        case .waveEdited: "Meting gewijzigd"
        case .waveDeleted: "Meting verwijderd"
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

    // Accounts, invitations and the first setup.
    var setupTitle: String { "Veerkracht inrichten" }
    var setupIntro: String {
        "Er is nog geen account. Maak hier de beheerder van deze installatie aan. De inrichtingscode staat in het logboek van de server, vlak na het starten."
    }
    var setupNoCode: String {
        "Er is nu geen geldige inrichtingscode: een code werkt 24 uur nadat een server hem heeft getoond. Start de server opnieuw met 'veerkracht serve' en neem de nieuwe code over uit het logboek."
    }
    var setupCodeLabel: String { "Inrichtingscode" }
    var setupCodeHint: String { "Zestien tekens in vier groepen, bijvoorbeeld ABCD-EFGH-JKLM-NPQR." }
    var setupSubmit: String { "Beheerder aanmaken" }
    var setupWrongCode: String { "Deze inrichtingscode klopt niet. Kijk in het logboek van de server." }
    var emailLabel: String { "E-mailadres" }
    var invalidEmail: String { "Vul een geldig e-mailadres in, zoals naam@organisatie.nl." }
    var passwordLabel: String { "Wachtwoord" }
    var passwordHint: String {
        "Minstens \(PasswordPolicy.minimumLength) tekens. Een zin van een paar woorden is sterk en goed te onthouden."
    }
    var passwordConfirmationLabel: String { "Wachtwoord nogmaals" }
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
    var signInTitle: String { "Inloggen" }
    var signInSubmit: String { "Inloggen" }
    var signInFailed: String { "Dit e-mailadres en wachtwoord horen niet bij elkaar." }
    func signInLocked(minutes: Int) -> String {
        "Er is te vaak een verkeerd wachtwoord gebruikt voor dit adres. Probeer het over \(minutes) \(minutes == 1 ? "minuut" : "minuten") opnieuw."
    }
    var signedOut: String { "U bent uitgelogd." }
    var homeTitle: String { "Uw organisaties" }
    var homeEmpty: String { "U hoort nog bij geen enkele organisatie. Vraag de beheerder om een uitnodiging." }
    var homeEmptyAdmin: String {
        "Er zijn nog geen organisaties waar u bij hoort. Maak er een aan onder Beheer en nodig uzelf of anderen uit."
    }
    func roleName(_ role: Role) -> String {
        switch role {
        case .advisor: "Adviseur"
        case .manager: "Manager"
        case .viewer: "Lezer"
        }
    }
    func roleChoice(_ role: Role) -> String {
        switch role {
        case .advisor: "Adviseur — zet scans uit, houdt het portfolio, eenheden en mensen bij"
        case .manager: "Manager — leest uitkomsten en dashboard, voert het gesprek"
        case .viewer: "Lezer — leest mee"
        }
    }
    func yourRole(_ role: String) -> String { "Uw rol: \(role)" }
    var invitationTitle: String { "Uitnodiging aannemen" }
    func invitationIntro(organisation: String, role: String, email: String) -> String {
        "U bent uitgenodigd voor \(organisation) als \(role.lowercased()), met het adres \(email). Kies een wachtwoord om uw account te maken."
    }
    var invitationSubmit: String { "Account maken" }
}
