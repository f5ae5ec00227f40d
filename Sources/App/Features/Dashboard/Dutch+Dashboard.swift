import Foundation
import VeerkrachtCore

extension Dutch {
    var dashboardTitle: String { "Hoe duurzaam leren wij?" }
    var dashboardCardText: String { "Dashboard: veerkracht of uitputting, en de vijf kernvragen" }
    var dashboardIntro: String {
        "Per vraag wat medewerkers ervaren (de scan) naast wat de portefeuille laat zien (de feiten), met een oordeel en de regel die het geeft. Sterke punten staan voorop."
    }
    var firstStepsTitle: String { "Waar begint u?" }
    var firstStepScan: String { "Zet een meting uit met de DLO-scan: dan weet u hoe medewerkers leren en ontwikkelen hier ervaren." }
    var firstStepPortfolio: String {
        "Zet de leer- en ontwikkelprogramma's in de portefeuille, met hun bestemming, aannames, opbrengsten en investeringen: dan ziet u de feiten."
    }
    var startWaveLink: String { "Een meting uitzetten" }
    var openPortfolioLink: String { "Naar de portefeuille" }
    var noScanYet: String { "Er is nog geen meting met de DLO-scan; de oordelen rusten nu alleen op de portefeuille." }
    var noPortfolioYet: String { "De portefeuille is nog leeg; de oordelen rusten nu alleen op de scan." }
    func scanSuppressed(threshold: Int) -> String {
        "Deze groep heeft in de laatste meting minder dan \(threshold) antwoorden (of zou via andere groepen herleidbaar zijn); de scan wordt daarom niet getoond."
    }
    func perceptionFrom(wave: String) -> String { "Beleving uit de meting ‘\(wave)’." }
    var noLOScanYet: String { "Er is nog geen meting met de scan Lerende Organisatie." }
    var verdictLabel: String { "Oordeel" }
    var ruleLabel: String { "Regel" }
    var signalLabel: String { "Signaal" }
    var sourceLabel: String { "Bron" }
    var figureLabel: String { "Waarde" }
    var sourceScan: String { "Scan" }
    var sourcePortfolio: String { "Portefeuille" }
    var summaryTitle: String { "In één oogopslag" }
    var noVerdict: String { "nog geen cijfers" }
    var propertiesTitle: String { "Vijf eigenschappen van een lerende organisatie" }
    var propertiesIntro: String { "Uit de scan Lerende Organisatie; het oordeel volgt de regel voor beleving en verloop." }
    var overdueActionsTitle: String { "Acties over de datum" }
    var readingGuideTitle: String { "Zo lezen we de cijfers" }
    var readingGuideIntro: String {
        "Elk oordeel op het dashboard komt uit een vaste regel. Hier staat per regel wat hij leest en waar de grenzen liggen. Alleen groepen die groot genoeg zijn om anoniem te blijven tellen mee."
    }
    var readingGuideLink: String { "Zo lezen we de cijfers" }
    var verdictsExplained: String { "Sterk: hier kunt u op bouwen. Aandacht: bespreek het. Zorg: hier is nu iets nodig." }
    var everyQuestion: String { "Voor elke vraag met een schaal in de scan." }

    var conversationsTitle: String { "Het gesprek over duurzaam leren" }
    var conversationsCardText: String { "Gespreksleidraad, notities en afgesproken acties" }
    var conversationsEmpty: String { "Er is nog geen gesprek gepland." }
    var conversationStartTitle: String { "Een gesprek voorbereiden" }
    var conversationTitleLabel: String { "Titel" }
    var conversationTitleMissing: String { "Geef het gesprek een titel." }
    var plannedOnLabel: String { "Datum" }
    var dateHint: String { "Als JJJJ-MM-DD, bijvoorbeeld 2027-01-15." }
    var dateMissingOrMalformed: String { "Vul een bestaande datum in als JJJJ-MM-DD." }
    var startSubmit: String { "Leidraad maken" }
    func plannedOn(_ day: String) -> String { "Gepland op \(day)" }
    func heldOn(_ day: String) -> String { "Gevoerd op \(day)" }
    var openActionsTitle: String { "Open acties uit eerdere gesprekken" }
    var noOpenActions: String { "Er staan geen acties open." }
    var keyFiguresTitle: String { "Kerncijfers" }
    var frozenFigures: String { "De cijfers zoals ze waren toen het gesprek gevoerd werd." }
    var reflectionTitle: String { "Vragen om het gesprek te openen" }
    var notesLabel: String { "Notities" }
    var saveNotes: String { "Notities bewaren" }
    var agreedActionsTitle: String { "Afgesproken acties" }
    var actionWhatLabel: String { "Wat" }
    var actionWhoLabel: String { "Wie" }
    var actionDueLabel: String { "Uiterlijk" }
    var actionTopicLabel: String { "Vraag" }
    var actionProgrammeLabel: String { "Programma (niet verplicht)" }
    var actionStatusLabel: String { "Stand" }
    var actionNoteLabel: String { "Toelichting" }
    var addActionSubmit: String { "Actie toevoegen" }
    var updateSubmit: String { "Bijwerken" }
    var unknownStatus: String { "Kies open, gedaan of vervallen." }
    var noteTooLong: String { "Houd de notities onder 10.000 tekens." }
    func actionStatus(_ status: ConversationAction.Status) -> String {
        switch status {
        case .open: "Open"
        case .done: "Gedaan"
        case .dropped: "Vervallen"
        }
    }
    func actionProblem(_ problem: ConversationAction.Problem) -> String {
        switch problem {
        case .whatMissing: "Schrijf op wat er gebeurt."
        case .whoMissing: "Schrijf op wie het doet."
        case .dueMissing: "Kies een datum waarop het klaar is."
        case .dueMalformed: "Vul een bestaande datum in als JJJJ-MM-DD."
        case .topicUnknown: "Kies bij welke vraag de actie hoort."
        case .programmeUnknown: "Dat programma staat niet in de portefeuille."
        case .tooLong: "Houd ‘wat’ onder 500 en ‘wie’ onder 200 tekens."
        }
    }
    var overdueMarkAction: String { "over de datum" }
    var markHeldSubmit: String { "Gesprek is gevoerd" }
    var markHeldHint: String { "Legt de datum van vandaag vast en bewaart de cijfers zoals ze nu zijn, voor het verslag." }
    var agendaLink: String { "Agenda (printen)" }
    var minutesLink: String { "Verslag (printen)" }
    func agendaTitle(_ title: String) -> String { "Agenda: \(title)" }
    func minutesTitle(_ title: String) -> String { "Verslag: \(title)" }
    var notesLines: String { "Aantekeningen:" }
    var noNotes: String { "Geen notities." }
    var printA4Hint: String { "Gebruik de printfunctie van de browser; de pagina is opgemaakt voor A4." }

    var reportTitle: String { "Rapport duurzaam leren" }
    var reportLink: String { "Rapport (printen of PDF)" }
    var contentsTitle: String { "Inhoud" }
    func reportMade(on day: String) -> String { "Gemaakt op \(day)." }
    var latestResultsTitle: String { "Laatste uitkomsten" }
    var portfolioSummaryTitle: String { "De portefeuille in het kort" }
    var investmentChartTitle: String { "Investering per jaar (geld)" }
    var programmesByStatus: String { "Programma's per stand" }
}
