import Foundation
import VeerkrachtCore

extension Dutch {
    var portfolioTitle: String { "Portfolio" }
    var portfolioCardText: String { "Leerprogramma's: bestemming, opbrengst, investering" }
    var portfolioEmpty: String { "Er staan nog geen programma's in het portfolio." }
    var newProgrammeLabel: String { "Nieuw programma" }
    var createSubmit: String { "Toevoegen" }
    func programmeStatus(_ status: Programme.Status) -> String {
        switch status {
        case .idea: "Idee"
        case .design: "Ontwerp"
        case .running: "Loopt"
        case .completed: "Afgerond"
        case .stopped: "Gestopt"
        }
    }
    func processName(_ process: ODProcess) -> String {
        switch process {
        case .besluitvorming: "Besluitvorming"
        case .creatie: "Creatie"
        case .cohesie: "Cohesie"
        case .navigeren: "Navigeren"
        case .persoonlijkeOntwikkeling: "Persoonlijke ontwikkeling"
        case .professionalisering: "Professionalisering"
        case .samenwerking: "Samenwerking"
        }
    }
    func focusName(_ focus: Programme.Focus) -> String {
        switch focus {
        case .individual: "Individuele ontwikkeling"
        case .organisation: "Organisatieontwikkeling"
        case .both: "Beide"
        }
    }
    func levelName(_ level: Programme.Level) -> String {
        switch level {
        case .individual: "Individu"
        case .collective: "Collectief"
        case .organisation: "Organisatie"
        }
    }
    func kindName(_ kind: Programme.YieldKind) -> String {
        switch kind {
        case .measurableResult: "Meetbaar resultaat"
        case .noticeableChange: "Merkbare verandering"
        case .productDelivered: "Opgeleverd product"
        }
    }
    func bearerName(_ bearer: Programme.Bearer) -> String { bearer == .organisation ? "Organisatie" : "Medewerker zelf" }
    func verdictName(_ verdict: Programme.Verdict) -> String {
        switch verdict {
        case .open: "Nog niet beoordeeld"
        case .held: "Klopte"
        case .notHeld: "Klopte niet"
        }
    }
    func realisationName(_ realisation: Programme.Realisation) -> String {
        switch realisation {
        case .realised: "Gerealiseerd"
        case .partly: "Deels"
        case .notRealised: "Niet"
        }
    }
    func programmeProblem(_ problem: ProgrammeProblem) -> String {
        switch problem {
        case .nameMissing: "Geef het programma een naam."
        case .endBeforeStart: "De einddatum ligt vóór de startdatum."
        case .negative(let field): "\(programmeField(field)) kan niet negatief zijn."
        case .runningWithoutDestination:
            "Een programma kan pas lopen als de bestemming is beschreven: welk vraagstuk in het werk lost het op?"
        case .yieldWithoutIndicator: "Een opbrengst heeft een indicator nodig: waaraan zie je dat ze er is?"
        case .shareOutOfRange: "Het toegeschreven aandeel ligt tussen 0 en 100%."
        case .participantsNegative: "Het aantal deelnemers kan niet negatief zijn."
        case .yearOutOfRange(let year): "\(year) is geen bruikbaar jaar."
        case .reasonMissing: "Geef de reden van de bijstelling."
        case .notANumber(let field): "\(programmeField(field)): vul een getal in, zoals 1250 of 1.250,50."
        case .notADate(let field): "\(programmeField(field)): vul een datum in als 2026-03-01 of 1-3-2026."
        case .unknownChoice(let field): "\(programmeField(field)): kies een van de mogelijkheden."
        case .duplicateName: "Er is al een programma met deze naam."
        case .required(let field): "\(programmeField(field)) is verplicht."
        case .tooLong(let field, let maximum): "\(programmeField(field)) mag hoogstens \(maximum) tekens lang zijn."
        case .tooLarge(let field): "\(programmeField(field)) is te groot om mee te rekenen."
        case .controlCharacter(let field): "\(programmeField(field)) bevat een onzichtbaar stuurteken; typ de tekst opnieuw."
        }
    }
    var programmeHasProblems: String { "Er is niets opgeslagen. Pas het volgende aan:" }
    func programmeField(_ field: String) -> String {
        [
            "name": "Naam", "owner": "Eigenaar", "status": "Status", "start": "Start", "end": "Einde", "destination": "Bestemming",
            "process": "OO-proces", "focus": "Ontwerpfocus", "target_units[]": "Doelgroep (eenheden)",
            "target_levels": "Doelgroep (niveaus)",
            "participants": "Aantal deelnemers", "based_on_own_wishes": "Gebouwd op wensen van deelnemers zelf",
            "assumption": "Ontwerpregel", "verdict": "Oordeel", "note": "Toelichting", "level": "Niveau", "kind": "Soort",
            "indicator": "Indicator", "target": "Streefwaarde", "measured_on": "Meetmoment", "realisation": "Gerealiseerd?",
            "evidence": "Onderbouwing", "year": "Jaar", "money": "Extern geld (€)", "participant_hours": "Uren deelnemers",
            "covering_hours": "Uren collega's die waarnemen", "bearer": "Wie draagt het", "benefits": "Baten (€)",
            "attributed_share": "Toegeschreven aan het programma (%)", "hourly_cost": "Kosten per uur (€)", "date": "Datum",
            "reason": "Reden", "index": "Regel", "assumption_1": "Aanname 1", "indicator_1": "Indicator 1"
        ][field] ?? field
    }
    var noneChoice: String { "—" }
    var saveSubmit: String { "Opslaan" }
    var addSubmit: String { "Toevoegen" }
    var destinationHint: String {
        "Het vraagstuk in het werk dat het programma moet oplossen, in eigen woorden. Verplicht voordat het programma loopt."
    }
    var designRulesTitle: String { "Ontwerpregels" }
    var designRuleHint: String { "Een aanname achter een keuze: ‘we verwachten hier X omdat Y’." }
    var yieldsTitle: String { "Verwachte opbrengsten" }
    var afterwardsMark: String { "achteraf toegevoegd" }
    var investmentsTitle: String { "Investeringen per jaar" }
    var evaluationTitle: String { "Evaluatie en rendement" }
    var costsLabel: String { "Kosten" }
    var roiLabel: String { "ROI" }
    var bcrLabel: String { "Baten/kosten" }
    var cycleTitle: String { "Cyclus" }
    var reconstructionDueLabel: String { "Reconstructie uiterlijk" }
    var redesignDueLabel: String { "Herontwerp uiterlijk" }
    var overdueMark: String { "te laat" }
    var markReconstructed: String { "Reconstructie vastleggen" }
    var markRedesigned: String { "Herontwerp vastgelegd" }
    var reconstructionHint: String {
        "Is het programma nooit zo ontworpen? Reconstrueer dan achteraf: beschrijf de bestemming, de aannames en de verwachte opbrengsten zoals ze bedoeld waren, en leg de reconstructie hier vast."
    }
    var adjustmentsTitle: String { "Bijstellingen onderweg" }
    var k1Title: String { "K1 Rendement van de investering" }
    var k3Title: String { "K3 Geven en nemen" }
    var k5Title: String { "K5 Flexibiliteit" }
    var loadTitle: String { "Belasting per eenheid" }
    var moneyLabel: String { "Geld (€)" }
    var hoursLabel: String { "Uren" }
    var yearLabel: String { "Jaar" }
    func stabilitySummary(cv: String?, cut: String?) -> String {
        "Variatiecoëfficiënt \(cv ?? "–"); grootste bezuiniging van jaar op jaar: \(cut ?? "geen")."
    }
    var paidTwiceWarning: String {
        "Let op: er is in een jaar flink bezuinigd en later méér uitgegeven dan vóór de bezuiniging — twee keer betalen."
    }
    func maturitySummary(programmes: String?, money: String?) -> String {
        "Vooraf ontworpen (bestemming, ontwerpregels en opbrengsten vóór de start): \(programmes ?? "–") van de programma's, \(money ?? "–") van het geld."
    }
    var yieldsByLevelTitle: String { "Opbrengsten per niveau" }
    var afterwardsTitle: String { "Achteraf toegevoegd (apart geteld)" }
    var changeFatigueMark: String { "veranderingsmoe?" }
    var concurrentLabel: String { "Lopende programma's" }
    var hoursPerPersonLabel: String { "Uren per persoon per maand" }
    var unchangedTitle: String { "Al jaren ongewijzigd" }
    var overdueTitle: String { "Reconstructie of herontwerp te laat" }
    var nothingHere: String { "Geen." }
    var coveringPerHourLabel: String { "Uren waarneming per deelnemersuur" }
    var exportProgrammes: String { "Programma's (CSV)" }
    var importProgrammesTitle: String { "Programma's inlezen (CSV)" }
    var importProgrammesHint: String {
        "Kolommen zoals in de export: name, owner, status, start, end, process, focus, destination, participants, target_levels. Alles of niets: bij één fout wordt niets toegevoegd."
    }
    var importProgrammesSubmit: String { "Inlezen" }
    var importUnreadable: String { "Dit bestand is niet te lezen als CSV." }
    func importRowProblem(line: Int, column: String, _ message: String) -> String { "Regel \(line), kolom \(column): \(message)" }
    var reconstructionTitle: String { "Reconstructie achteraf" }
    func reconstructionStep(_ step: Int) -> String {
        [
            "1. Welk vraagstuk in het werk moest het programma oplossen?", "2. Welke aannames zaten achter de keuzes?",
            "3. Welke opbrengsten werden verwacht, en waaraan zie je ze?"
        ][step - 1]
    }
}
