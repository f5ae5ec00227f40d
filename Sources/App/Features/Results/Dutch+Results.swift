import Foundation
import VeerkrachtCore

extension Dutch {
    var resultsTitle: String { "Uitkomsten" }
    var heatmapTitle: String { "Heatmap per eenheid" }
    var groupLabel: String { "Groep" }
    var wholeOrganisation: String { "Hele organisatie" }
    var everyone: String { "Iedereen" }
    func dimensionName(_ dimension: BandDimension) -> String {
        switch dimension {
        case .age: "Leeftijd"
        case .gender: "Gender"
        case .tenure: "Dienstjaren"
        }
    }
    func bandName(_ label: String, of dimension: BandDimension) -> String {
        switch (dimension, label) {
        case (.gender, "f"): "Vrouw"
        case (.gender, "m"): "Man"
        case (.gender, "x"): "Anders"
        case (.age, _): "\(label) jaar"
        case (.tenure, _): "\(label) jaar in dienst"
        default: label
        }
    }
    var showSubmit: String { "Toon" }
    var respondentsLabel: String { "n" }
    var meanLabel: String { "Gemiddelde (1–5)" }
    var hundredLabel: String { "Score (0–100)" }
    var intervalLabel: String { "95%-betrouwbaarheidsinterval" }
    var alphaLabel: String { "Cronbachs α" }
    var noBreakdown: String { "Uitsplitsing" }
    func breakdownExplained(_ dimension: String?) -> String {
        guard let dimension else { return "Geen groep is groot genoeg om uit te splitsen naar leeftijd, gender of dienstjaren." }
        return
            "Deze meting is alleen uitgesplitst naar \(dimension.lowercased()): twee kenmerken samen zouden tegen elkaar weg te strepen zijn tot een paar personen."
    }
    var deviationLabel: String { "Standaardafwijking" }
    var medianLabel: String { "Mediaan" }
    var quartilesLabel: String { "Interkwartielbereik (Q1 – Q3)" }
    func alphaWithCases(_ alpha: String, complete: Int) -> String { "\(alpha) (\(complete) volledig)" }
    var provisionalLabel: String { "Voorlopig" }
    func provisionalExplained(until: String, threshold: Int) -> String {
        "de meting loopt nog tot \(until). De cijfers lopen in veilige stappen mee (pas als er in elke groep die verandert minstens \(threshold) nieuwe antwoorden zijn) en kunnen nog veranderen."
    }
    var alphaNegativeNote: String {
        "α is negatief: de vragen van deze schaal meten in deze groep niet hetzelfde. Lees de score van de schaal met voorzichtigheid en kijk naar de losse vragen."
    }
    func alphaFewerThanTenNote(_ stable: Int) -> String {
        "Minder dan \(stable) mensen beantwoordden elke vraag van de schaal: α schommelt dan sterk en zegt weinig."
    }
    func alphaHiddenNote(threshold: Int) -> String {
        "Minder dan \(threshold) mensen beantwoordden elke vraag van de schaal, dus α en dat aantal worden niet getoond."
    }
    var favourableLabel: String { "Positief (4 en 5)" }
    var distributionLabel: String { "Verdeling" }
    var scalesTitle: String { "Schalen" }
    var strengthsTitle: String { "Sterke punten" }
    var attentionTitle: String { "Aandachtspunten" }
    var strengthsFirstExplained: String {
        "Eerst wat goed gaat: wie op kwaliteiten voortbouwt, komt verder dan wie alleen tekorten repareert."
    }
    func groupSuppressed(threshold: Int) -> String {
        "Deze groep wordt niet getoond: er zijn minder dan \(threshold) antwoorden, of de uitkomst zou samen met andere getoonde groepen een kleinere groep herleidbaar maken."
    }
    var noResponsesYet: String { "Er zijn nog geen antwoorden op deze meting." }
    func heatmapExplained(threshold: Int) -> String {
        "Elke cel is de gemiddelde score (0–100) van een eenheid met haar onderliggende eenheden. De kleur toont het verschil met de hele organisatie. Grijs: minder dan \(threshold) antwoorden of herleidbaar, dus niet getoond."
    }
    var heatmapLegend: String { "Legenda: schalen en kleuren" }
    func heatStep(_ step: Int) -> String {
        switch step {
        case ...(-3): "15 punten of meer lager dan de organisatie"
        case -2: "10 tot 15 punten lager"
        case -1: "5 tot 10 punten lager"
        case 0: "minder dan 5 punten verschil"
        case 1: "5 tot 10 punten hoger"
        case 2: "10 tot 15 punten hoger"
        default: "15 punten of meer hoger dan de organisatie"
        }
    }
    var differenceLabel: String { "Verschil met de organisatie" }
    var exportAggregates: String { "Uitkomsten per eenheid (CSV)" }
    var exportResponses: String { "Antwoorden per respondent (CSV, alleen adviseurs)" }
    var unknownUnit: String { "Deze eenheid bestaat niet in deze organisatie." }
    var malformedBand: String { "Kies een groep als leeftijd:30-39, gender:f of dienstjaren:2-5." }
    func scaleSummary(mean: String, hundred: String, n: Int) -> String { "\(mean) op 1–5, \(hundred) op 0–100, n = \(n)" }
    var perUnitTitle: String { "Per eenheid" }
    var trendTitle: String { "Verloop" }
    var trendLink: String { "verloop" }
    var waveLabel: String { "Meting" }
    var trendNeedsTwoWaves: String { "Een verloop heeft minstens twee metingen met deze scan nodig waarin deze groep getoond mag worden." }
    func changeVerdict(_ verdict: ChangeTest.Verdict) -> String {
        switch verdict {
        case .up: "Omhoog: het verschil is bij 5% significant."
        case .down: "Omlaag: het verschil is bij 5% significant."
        case .noClearChange: "Geen duidelijke verandering (niet significant bij 5%)."
        }
    }
    func changeSummary(difference: String, t: String, df: String, p: String, d: String) -> String {
        "Verschil \(difference) op 1–5; Welch t = \(t) bij \(df) vrijheidsgraden, p \(p); Cohens d = \(d)."
    }
    var openAnswersTitle: String { "Open antwoorden" }
    var openAnswersExplained: String {
        "In willekeurige volgorde en zonder gegevens over wie ze gaf. Alleen voor groepen die groot genoeg zijn."
    }
    var noOpenAnswers: String { "Geen open antwoorden op deze vraag." }
    var hideAnswer: String { "Verbergen" }
    var moreOpenAnswers: String { "Meer antwoorden op deze vraag" }
    var nextOpenAnswers: String { "Volgende antwoorden" }
    var allOpenQuestions: String { "Alle open vragen" }
    var malformedAnswerPosition: String { "Deze link naar de volgende antwoorden klopt niet; begin opnieuw bij de eerste." }
    var unknownOpenQuestion: String { "Deze meting heeft geen open vraag met die code." }
    var answerHidden: String { "Het antwoord is verborgen; dat is vastgelegd." }
    var reverseKeyedExplained: String { "Dit item telt omgekeerd mee in zijn schaal: instemmen betekent een lagere score." }
}
