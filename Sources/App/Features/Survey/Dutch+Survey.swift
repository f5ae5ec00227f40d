import Foundation
import VeerkrachtCore

extension Dutch {
    var surveyFooter: String { "Je antwoorden worden anoniem verwerkt en alleen getoond voor groepen die groot genoeg zijn." }
    var surveyIntro: String {
        "Er zijn geen goede of foute antwoorden. Kies steeds wat het best past bij je eigen werk. Je antwoorden worden per pagina bewaard: je kunt stoppen en later met dezelfde link verdergaan."
    }
    func sectionTitle(instrument: String, scale: String) -> String? {
        switch (instrument, scale) {
        case ("dlo", "V"): "Energie uit leren en ontwikkelen"
        case ("dlo", "K1"): "Wat leren hier oplevert"
        case ("dlo", "K2"): "Samen leren met collega's"
        case ("dlo", "K3"): "Wat je geeft en wat je terugkrijgt"
        case ("dlo", "K4"): "Jouw kwaliteiten als vertrekpunt"
        case ("dlo", "K5"): "Meebewegen met wat er komt"
        case ("lo", "P1"): "Waar we naartoe willen"
        case ("lo", "P2"): "Ruimte om te leren"
        case ("lo", "P3"): "Samenwerken over grenzen heen"
        case ("lo", "P4"): "Afstemmen en samenwerken"
        case ("lo", "P5"): "Hoe we met elkaar praten"
        case ("lo", "L1"): "Werkafspraken verbeteren"
        case ("lo", "L2"): "Anders leren kijken"
        case ("lo", "L3"): "Uitgangspunten ter discussie stellen"
        case ("lo", "M"): "Leren over hoe we leren"
        default: nil
        }
    }
    var surveyIntroTitle: String { "Waar gaat dit over?" }
    var surveyIntroPurpose: String {
        "Je organisatie wil weten of leren en ontwikkelen hier energie geeft of juist kost, en wat er beter kan. Je ervaring telt daarbij mee."
    }
    func surveyIntroDuration(minutes: Int, pages: Int) -> String {
        "Het invullen duurt ongeveer \(minutes) minuten, verdeeld over \(pages) korte pagina's. Elke pagina wordt bewaard: je kunt stoppen en later met dezelfde link verdergaan."
    }
    func surveyIntroAnonymity(threshold: Int, openAnswerThreshold: Int) -> String {
        "Niemand ziet jouw antwoorden. Na het versturen worden ze losgekoppeld van je link. Uitkomsten verschijnen alleen voor groepen van minstens \(threshold) mensen, en open antwoorden alleen voor groepen van minstens \(openAnswerThreshold)."
    }
    var surveyIntroContact: String {
        "Vragen over deze scan? Stel ze aan wie je deze link stuurde, meestal de HR- of opleidingsadviseur van je organisatie."
    }
    var surveyStart: String { "Beginnen" }
    var previewBanner: String { "Voorbeeld: zo zien respondenten de scan. Antwoorden worden hier niet bewaard." }
    var previewLink: String { "Voorbeeld van de vragenlijst" }
    func surveyProgress(page: Int, of pages: Int) -> String { "Pagina \(page) van \(pages)" }
    var surveyNothingSaved: String { "Deze pagina is niet bewaard:" }
    func moreAnswerProblems(_ count: Int) -> String { "En nog \(count) andere problemen." }
    func answerProblem(_ problem: AnswerProblem, item: String?) -> String {
        switch problem {
        case .unknownCode(let code): "'\(code)' is geen vraag van deze scan."
        case .outsideScale(let code, let value): "'\(value)' is geen antwoord op de schaal van 1 tot 5 (\(item ?? code))."
        case .tooLong(let code, let maximum): "Je antwoord is langer dan \(maximum) tekens (\(item ?? code))."
        }
    }
    func openAnswerHint(maximum: Int) -> String {
        "Niet verplicht. Schrijf geen namen: ook dit antwoord blijft anoniem. Hoogstens \(maximum) tekens."
    }
    var surveyNext: String { "Volgende" }
    var surveyPrevious: String { "Vorige" }
    var surveyToReview: String { "Naar versturen" }
    var surveyReviewTitle: String { "Versturen" }
    func surveyAnswered(_ answered: Int, of total: Int) -> String { "Je hebt \(answered) van de \(total) vragen beantwoord." }
    var surveyGapsExplained: String { "Je mag vragen overslaan. Wil je ze toch nog invullen:" }
    func surveyGap(section: String, unanswered: Int) -> String { "\(section): \(unanswered) open" }
    var surveyAnonymityPromise: String {
        "Na het versturen worden je antwoorden losgekoppeld van je link en opgeslagen met alleen je eenheid, leeftijdsgroep, gender en diensttijdgroep. Daarna kun je ze niet meer wijzigen."
    }
    var surveySubmit: String { "Antwoorden versturen" }
    var surveyThanksTitle: String { "Bedankt!" }
    var surveyThanksText: String { "Je antwoorden zijn ontvangen en anoniem opgeslagen." }
    var profileTitle: String { "Jouw leervoorkeuren" }
    var profileIntro: String { "Zo leer jij het liefst, volgens je eigen antwoorden. Alleen jij ziet dit, met je eigen link." }
    var profileCaption: String { "Je vijf leervoorkeuren, de sterkste eerst (1 = weinig, 5 = veel)" }
    var rankLabel: String { "Plaats" }
    var preferenceLabel: String { "Leervoorkeur" }
    var scoreLabel: String { "Score" }
    var profileKeepLink: String { "Bewaar je link: daarmee kun je je profiel later opnieuw bekijken." }
    var surveyUnknownTitle: String { "Link onbekend" }
    var surveyUnknownText: String {
        "Deze link hoort bij geen enkele scan. Controleer of je hem helemaal hebt gekopieerd, of vraag de afzender om een nieuwe."
    }
    var surveyNotYetOpenTitle: String { "Nog niet open" }
    func surveyNotYetOpenText(_ opens: String) -> String { "Deze scan gaat open op \(opens). Gebruik dan dezelfde link." }
    var surveyClosedTitle: String { "Scan gesloten" }
    var surveyClosedText: String { "Deze scan is gesloten; er kunnen geen antwoorden meer bij. Dank voor je belangstelling." }
    var surveyAlreadySubmittedTitle: String { "Al verstuurd" }
    var surveyAlreadySubmittedText: String {
        "Je antwoorden waren al verstuurd (misschien in een ander venster). Ze zijn één keer meegeteld; er is niets veranderd."
    }
    var surveyToThanks: String { "Naar je bedankpagina" }
}
