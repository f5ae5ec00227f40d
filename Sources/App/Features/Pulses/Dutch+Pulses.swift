import Foundation
import VeerkrachtCore

extension Dutch {
    var followUpTitle: String { "Vervolgmeting" }
    var followUpIntro: String {
        "Een korte meting met alleen de vragen waar deze actie op mikt, bij dezelfde mensen. Na het sluiten ziet u hier de score van de laatste volledige golf naast die van de meting, met de toets die ook de trendpagina gebruikt."
    }
    var followUpLink: String { "Vervolgmeting" }
    var followUpNone: String { "Voor deze actie is nog geen vervolgmeting gepland." }
    var pulseScheduleHeading: String { "Een vervolgmeting plannen" }
    var pulseQuestionsLabel: String { "Vragen" }
    var pulseUnitLabel: String { "Voor wie" }
    var pulseWeeksLabel: String { "Weken na de einddatum van de actie" }
    var pulseWeeksHint: String { "De meting opent die dag om 8.00 uur; 0 tot 52 weken." }
    var pulseDaysLabel: String { "Dagen open" }
    var pulseSubmit: String { "Vervolgmeting plannen" }
    func pulseProblem(_ problem: PulsePlan.Problem) -> String {
        switch problem {
        case .noQuestion: "Kies ten minste één vraag om opnieuw te meten."
        case .unknownQuestion: "Een van de gekozen vragen bestaat niet."
        case .weeksOutOfRange:
            "Vul een aantal weken in van \(PulsePlan.weeksAfterDue.lowerBound) tot \(PulsePlan.weeksAfterDue.upperBound)."
        case .daysOutOfRange: "Vul een aantal dagen in van \(PulsePlan.openDays.lowerBound) tot \(PulsePlan.openDays.upperBound)."
        }
    }
    func pulseOpeningPassed(_ moment: String) -> String {
        "De meting zou openen op \(moment), en dat moment is al voorbij. Kies meer weken na de einddatum."
    }
    func pulseTooClose(gapWeeks: Int, waves: String, earliest: String) -> String {
        "Tussen twee golven voor dezelfde mensen zitten minstens \(gapWeeks) weken, en deze meting komt te dicht bij \(waves). Op zijn vroegst kan ze openen op \(earliest)."
    }
    var pulseNobodyInScope: String { "Bij deze eenheid horen geen actieve mensen; er is niets gepland." }
    func pulseBaseline(_ wave: String) -> String { "De meting wordt vergeleken met de laatste volledige golf voor deze groep: ‘\(wave)’." }
    func pulseBaselineTooSmall(_ wave: String, questions: String) -> String {
        "Let op: in ‘\(wave)’ antwoordden te weinig mensen van deze groep op \(questions) om te tonen. Er is dus geen ‘voor’; de vervolgmeting laat alleen ‘na’ zien, en ook dat alleen als genoeg mensen antwoorden."
    }
    var pulseNoBaseline: String {
        "Er is nog geen gesloten volledige golf voor deze groep. De vervolgmeting laat dan alleen ‘na’ zien."
    }
    func pulseName(_ what: String) -> String { "Vervolgmeting: \(what)" }
    func pulseScheduled(_ name: String, opens: String) -> String {
        "‘\(name)’ is gepland en opent op \(opens). De persoonlijke links en codes staan klaar bij de golf."
    }
    func pulsePhase(_ phase: WaveLifecycle.Phase, period: String) -> String {
        switch phase {
        case .draft: "Concept, nog niet bevestigd (\(period))."
        case .planned: "Gepland: \(period)."
        case .open: "Staat open: \(period). De uitkomst volgt na het sluiten."
        case .closed: "Gesloten (\(period))."
        }
    }
    var beforeLabel: String { "Voor" }
    var afterLabel: String { "Na" }
    var followUpDifferenceLabel: String { "Verschil (95%-interval)" }
    var followUpTooFew: String { "Te weinig antwoorden om te tonen" }
    var followUpNoBefore: String { "Geen ‘voor’ om mee te vergelijken" }
    func followUpLine(question: String, before: String, after: String, difference: String, interval: String?) -> String {
        "\(question): \(before) → \(after) (verschil \(difference)\(interval.map { "; 95%-interval \($0)" } ?? ""))."
    }
    var followUpsTitle: String { "Acties met een vervolgmeting" }
    var pulseMark: String { "puls" }
    var rhythmHeading: String { "Herhalen als puls" }
    var rhythmHint: String {
        "Een ritme bereidt elke run voor als concept. Niemand krijgt een uitnodiging voordat u die run opent, en een run die te dicht bij een andere golf voor dezelfde mensen valt, wordt geweigerd."
    }
    var rhythmMonthsLabel: String { "Hoe vaak" }
    func rhythmEvery(_ months: Int) -> String { "Elke \(months) maanden" }
    var rhythmScalesLabel: String { "Welke schalen" }
    var rhythmSubmit: String { "Ritme instellen" }
    func rhythmProblem(_ problem: Rhythm.Problem) -> String {
        switch problem {
        case .monthsNotAllowed: "Kies elke 3, 4 of 6 maanden."
        case .noScale: "Kies ten minste één schaal."
        case .unknownScale: "Een gekozen schaal hoort niet bij deze golf."
        }
    }
    func rhythmActive(every months: Int, scales: String) -> String {
        "Deze golf wordt elke \(months) maanden herhaald als puls met \(scales)."
    }
    var rhythmStop: String { "Ritme stoppen" }
    var rhythmStopped: String { "Het ritme is gestopt; de concepten ervan zijn verwijderd." }
    var rhythmExists: String { "Deze golf heeft al een ritme." }
    var rhythmNeedsAFullWave: String { "Alleen een geopende volledige golf kan een ritme krijgen." }
    func rhythmDraftNotice(source: String) -> String {
        "Dit is een voorbereide run van het ritme van ‘\(source)’. Niemand krijgt iets tot u de golf opent; daarna wordt de volgende run voorbereid."
    }
    func pulseRunName(_ source: String, opens: String) -> String { "Puls \(opens): \(source)" }
    func rhythmRunPrepared(_ name: String, opens: String) -> String {
        "De volgende run staat klaar als concept: ‘\(name)’, opent op \(opens). Niemand krijgt iets tot u die opent."
    }
    func rhythmRunMoved(gapWeeks: Int, waves: String) -> String {
        "Die run is later gezet dan het ritme, om \(gapWeeks) weken afstand te houden tot \(waves)."
    }
    var gapHeading: String { "Tijd tussen golven" }
    var gapLabel: String { "Minimaal aantal weken tussen twee golven voor dezelfde mensen" }
    var gapHint: String { "Geldt voor vervolgmetingen en pulsen, tegen vragenlijstmoeheid. Standaard 8 weken." }
    var gapSubmit: String { "Opslaan" }
    func gapProblem(_ allowed: ClosedRange<Int>) -> String {
        "Vul een aantal weken in van \(allowed.lowerBound) tot \(allowed.upperBound). Er is niets veranderd."
    }
    func gapSaved(_ weeks: Int) -> String { "Tussen twee golven voor dezelfde mensen zitten nu minstens \(weeks) weken." }
}
