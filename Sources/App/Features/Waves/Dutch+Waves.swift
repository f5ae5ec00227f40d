import Foundation
import VeerkrachtCore

extension Dutch {
    var wavesTitle: String { "Metingen" }
    var wavesCardText: String { "Scans uitzetten, links en respons" }
    var wavesEmpty: String { "Er is nog geen meting. Een adviseur zet er een klaar." }
    var waveNewTitle: String { "Nieuwe meting" }
    var instrumentsLabel: String { "Scans" }
    var periodLabel: String { "Periode" }
    func wavePhase(_ phase: WaveLifecycle.Phase) -> String {
        switch phase {
        case .draft: "In voorbereiding"
        case .planned: "Gepland"
        case .open: "Open"
        case .closed: "Gesloten"
        }
    }
    var waveFormHasProblems: String { "De meting is nog niet aangemaakt. Pas het volgende aan:" }
    func waveProblem(_ problem: WaveSettings.Problem) -> String {
        switch problem {
        case .nameMissing: "Geef de meting een naam."
        case .nameTooLong(let maximum): "De naam mag hoogstens \(maximum) tekens lang zijn."
        case .noInstrument: "Kies minstens één scan."
        case .unknownInstrument(let reference): "De scan '\(reference)' bestaat niet."
        case .noUnit: "Kies minstens één eenheid."
        case .unknownUnit: "Een gekozen eenheid bestaat niet (meer) of is gearchiveerd."
        case .unknownUnitPath(let path): "Er is geen actieve eenheid met pad of code ‘\(path)’. Kies er een uit de lijst."
        case .opensAtInvalid: "Vul een geldig startmoment in, bijvoorbeeld 2026-12-01T09:00."
        case .closesAtInvalid: "Vul een geldig sluitmoment in, bijvoorbeeld 2026-12-21T17:00."
        case .closesBeforeOpening: "Het sluitmoment moet na het startmoment liggen."
        case .closesInThePast:
            "Het nieuwe sluitmoment ligt in het verleden. Wilt u de meting nu sluiten? Gebruik dan ‘Nu sluiten’ op de pagina van de meting."
        case .unknownTimeZone: "Die tijdzone kennen we niet; gebruik een naam als Europe/Amsterdam."
        case .thresholdTooLow(let minimum): "De anonimiteitsdrempel is een heel getal van minstens \(minimum)."
        case .openAnswerThresholdTooLow(let minimum):
            "De drempel voor open antwoorden is een heel getal van minstens \(minimum), niet lager dan de anonimiteitsdrempel."
        case .thresholdTooHigh(let maximum): "De anonimiteitsdrempel is hoogstens \(maximum)."
        case .unknownLanguage(let code): "‘\(code)’ is geen taal die Veerkracht spreekt (nl, en)."
        case .controlCharacter: "De naam bevat een teken dat niemand typt; haal het weg."
        case .noLanguage: "Kies minstens één taal."
        }
    }
    func itemCount(_ count: Int) -> String { "\(count) vragen" }
    var unitsInScopeLabel: String { "Eenheden" }
    var unitsInScopeHint: String { "Onderliggende eenheden doen vanzelf mee." }
    var opensAtLabel: String { "Start" }
    var closesAtLabel: String { "Sluit" }
    var timeZoneLabel: String { "Tijdzone" }
    var timeZoneHint: String { "Start en sluiting gelden in deze tijdzone." }
    var thresholdLabel: String { "Anonimiteitsdrempel" }
    var openAnswerThresholdLabel: String { "Drempel voor open antwoorden" }
    var openAnswerThresholdHint: String {
        "Open antwoorden zijn het makkelijkst te herkennen: ze verschijnen pas voor een groep met minstens zoveel ingevulde scans (standaard 10). Na het openen liggen beide drempels vast."
    }
    func thresholdHint(minimum: Int) -> String {
        "Een groep met minder ingevulde scans dan dit aantal wordt nooit getoond (minstens \(minimum))."
    }
    var languagesLabel: String { "Talen" }
    var waveCreateSubmit: String { "Meting aanmaken" }
    var waveEditHasProblems: String { "De wijziging is nog niet opgeslagen. Pas het volgende aan:" }
    func waveEditTitle(_ name: String) -> String { "Meting wijzigen: \(name)" }
    var waveEditLink: String { "Meting wijzigen" }
    var backToWave: String { "Terug naar de meting" }
    func waveEditableExplained(_ editable: WaveLifecycle.Editable) -> String {
        switch editable {
        case .everything: "De meting is nog in voorbereiding: alles kan nog veranderen, en u kunt haar verwijderen."
        case .nameAndCloseMoment:
            "De meting is geopend: mensen hebben hun link al. Alleen de naam en het sluitmoment kunnen nog veranderen; scans, eenheden, start en drempel liggen vast."
        case .nameOnly: "De meting is gesloten. Alleen de naam kan nog veranderen."
        }
    }
    func timeZoneShown(_ zone: String) -> String { "In de tijdzone van de meting (\(zone))." }
    var waveDeleteHeading: String { "Meting verwijderen" }
    var waveDeleteExplained: String { "Niemand heeft nog een link, dus er gaat niets anders verloren dan deze voorbereiding." }
    var waveDeleteConfirmation: String { "Ja, verwijder deze meting" }
    var waveDeleteSubmit: String { "Verwijderen" }
    var waveDeleteNotConfirmed: String { "Vink eerst aan dat u de meting wilt verwijderen. Er is niets verwijderd." }
    var waveCloseConfirmation: String { "Ja, sluit de meting nu voor iedereen" }
    var waveCloseNotConfirmed: String { "Vink eerst aan dat u de meting nu wilt sluiten. De meting is nog open." }
    var waveOpenExplained: String {
        "Bij het openen krijgt iedereen in de gekozen eenheden een persoonlijke link. Daarna liggen de scans en eenheden vast."
    }
    var waveOpenSubmit: String { "Meting openen" }
    var waveCloseSubmit: String { "Nu sluiten" }
    var waveReopenSubmit: String { "Weer openen" }
    func liveResultsExplained(_ live: Bool, threshold: Int) -> String {
        live
            ? "Tussentijdse uitkomsten staan aan. Ze lopen in stappen mee: een stap verschijnt pas als er in elke groep die verandert minstens \(threshold) nieuwe antwoorden bij zijn, zodat niemand aan een verschil te herkennen is. Open antwoorden verschijnen pas na het sluiten."
            : "Zolang de meting open is, zijn de uitkomsten verborgen: wie ziet wie al heeft ingevuld, kan anders één persoon herkennen aan het verschil. Zet tussentijdse uitkomsten aan om ze in veilige stappen te tonen."
    }
    func liveResultsToggle(_ live: Bool) -> String { live ? "Tussentijdse uitkomsten uitzetten" : "Tussentijdse uitkomsten aanzetten" }
    var liveResultsChoiceMissing: String { "Kies of de tussentijdse uitkomsten aan of uit gaan." }
    var resultsWithheld: String {
        "De uitkomsten verschijnen als de meting sluit. Een adviseur kan op de pagina van de meting tussentijdse uitkomsten aanzetten."
    }
    func waveOpened(invited: Int) -> String { "De meting is open: \(invited) persoonlijke links aangemaakt." }
    var waveNobodyInScope: String { "In de gekozen eenheden werkt niemand. Importeer eerst medewerkers." }
    func waveMoveRefused(_ refusal: WaveLifecycle.Refusal) -> String {
        switch refusal {
        case .notDraft: "Deze meting is al geopend."
        case .notOpen: "Deze meting is niet open."
        case .notClosed: "Deze meting is niet gesloten."
        case .pastCloseMoment: "Het sluitmoment is voorbij; de meting kan niet meer open."
        }
    }
    var downloadLinks: String { "Alle links (CSV)" }
    var downloadReminders: String { "Links voor een herinnering: wie nog niet klaar is (CSV)" }
    var linksAreSecret: String { "Elke link is persoonlijk: wie hem heeft, kan de scan invullen. Stuur hem alleen naar de persoon zelf." }
    var responseRateTitle: String { "Respons per eenheid" }
    func responseRateExplained(threshold: Int) -> String {
        "Alleen aantallen, nooit namen. Een eenheid met minder dan \(threshold) genodigden toont geen cijfers."
    }
    var invitedLabel: String { "Uitgenodigd" }
    var startedLabel: String { "Begonnen" }
    var completedLabel: String { "Ingevuld" }
    var responseRateLabel: String { "Respons" }
    var totalLabel: String { "Totaal" }
    var belowThreshold: String { "< drempel" }
    var mailNotConfigured: String { "Er is geen mailserver ingesteld; download de links en verstuur ze zelf." }
    func mailQueued(_ count: Int) -> String { "\(count) mails klaargezet; ze gaan binnen een minuut de deur uit." }
    func mailStatus(waiting: Int, sent: Int, failing: Int) -> String {
        "Mail: \(sent) verstuurd, \(waiting) wachtend"
            + (failing > 0 ? ", waarvan \(failing) na een mislukte poging opnieuw geprobeerd worden." : ".")
    }
    func mailLastError(_ error: String) -> String { "Laatste fout: \(error)" }
    var mailInvitationsSubmit: String { "Uitnodigingen mailen" }
    var mailRemindersSubmit: String { "Herinneringen mailen" }
    func invitationSubject(wave: String) -> String { "Uitnodiging: \(wave)" }
    func reminderSubject(wave: String) -> String { "Herinnering: \(wave)" }
    func invitationBody(wave: String, link: String, closes: String, reminder: Bool) -> String {
        (reminder
            ? "Je hebt de scan '\(wave)' nog niet afgerond. Er is nog tijd tot \(closes)."
            : "Je bent uitgenodigd voor de scan '\(wave)'. Invullen kan tot \(closes) en duurt ongeveer tien minuten.")
            + "\n\nJe persoonlijke link:\n\(link)\n\n"
            + "Je antwoorden worden anoniem opgeslagen: niemand kan zien wat jij hebt ingevuld. "
            + "Deel de link niet; wie hem heeft, kan namens jou invullen.\n"
    }
}
