import Foundation

/// Advice for a team from its mix of learning preferences. Each rule has a condition on the
/// mix, shown next to the advice so a team sees why it gets it.
public struct TeamAdvice: Sendable, Equatable {
    public enum Rule: String, CaseIterable, Sendable {
        case discoverersAndAKnowledgeAcquirer
        case tempoSplit
        case blindSpot
        case sharedPreference
        case participationWithoutSharing
    }

    public let rule: Rule
    /// The preference the advice is about, for the rules that name one.
    public let preference: LearningPreference?
    public let condition: LocalizedText
    public let advice: LocalizedText

    // The thresholds of the rules, named so tests and the explanation use the same numbers.
    public static let manyDiscoverers = 0.4
    public static let fewAcquirers = 0.2
    public static let sideOfASplit = 0.3
    public static let nearlyEveryone = 0.8
    /// Below this mean (1–5) on the DLO scale K2, people do not share what they learn.
    public static let lowLearningTogether = 3.0

    /// Every rule that holds for the mix, in the order of `Rule`. `learningTogether` is the
    /// team's mean on DLO scale K2 in the same wave, when it was asked and may be shown.
    public static func advice(for mix: PreferenceMix, learningTogether: Double?) -> [TeamAdvice] {
        guard mix.people > 0 else { return [] }
        var result: [TeamAdvice] = []
        let share = mix.dominantShare
        let acquirers = share(.kennisVerwerven)
        if share(.ontdekken) >= manyDiscoverers, acquirers > 0, acquirers <= fewAcquirers {
            result.append(
                TeamAdvice(
                    rule: .discoverersAndAKnowledgeAcquirer, preference: nil,
                    condition: t(
                        "Voor minstens \(percent(manyDiscoverers)) is Ontdekken de sterkste voorkeur, voor hooguit \(percent(fewAcquirers)) (maar niet niemand) Kennis verwerven.",
                        "Discovering is strongest for at least \(percent(manyDiscoverers)), acquiring knowledge for at most \(percent(fewAcquirers)) (but not nobody)."
                    ),
                    advice: t(
                        "Vraag wie graag kennis verwerft om vóór een brainstorm uit te zoeken wat er al bekend is, en laat de brainstorm niet met die kennis openen: eerst ontdekken, daarna toetsen aan wat bekend is.",
                        "Ask those who like to acquire knowledge to find out what is already known before a brainstorm, and do not open the brainstorm with it: discover first, then test against what is known."
                    )))
        }
        let fast = share(.kunstAfkijken) + share(.ontdekken)
        let slow = share(.participeren) + share(.oefenen)
        if fast >= sideOfASplit, slow >= sideOfASplit {
            result.append(
                TeamAdvice(
                    rule: .tempoSplit, preference: nil,
                    condition: t(
                        "Voor minstens \(percent(sideOfASplit)) zijn Kunst afkijken of Ontdekken het sterkst (snel tempo) en voor minstens \(percent(sideOfASplit)) Participeren of Oefenen (tijd, vertrouwen, dialoog).",
                        "Learning from what works or discovering is strongest for at least \(percent(sideOfASplit)) (a fast pace), participating or practising for at least \(percent(sideOfASplit)) (time, trust, dialogue)."
                    ),
                    advice: t(
                        "Bespreek het verschil in tempo openlijk. Spreek per onderwerp af wanneer snel geprobeerd mag worden en wanneer eerst gesprek en oefening nodig zijn, zodat de een niet afhaakt en de ander niet overlopen wordt.",
                        "Discuss the difference in pace openly. Agree per topic when quick trying is fine and when conversation and practice come first, so that some do not drop out and others are not run over."
                    )))
        }
        for preference in LearningPreference.allCases where (mix.inTopTwo[preference] ?? 0) == 0 {
            result.append(
                TeamAdvice(
                    rule: .blindSpot, preference: preference,
                    condition: t(
                        "Niemand heeft deze voorkeur bij zijn twee sterkste.", "Nobody has this preference among their two strongest."),
                    advice: t(
                        "Een blinde vlek: leervormen die bij deze voorkeur passen, worden in dit team makkelijk overgeslagen. Kies bewust eens zo'n vorm, of haal iemand van buiten het team erbij.",
                        "A blind spot: forms of learning that suit this preference are easily skipped in this team. Choose such a form deliberately now and then, or bring in someone from outside the team."
                    )))
        }
        for preference in LearningPreference.allCases where share(preference) >= nearlyEveryone {
            result.append(
                TeamAdvice(
                    rule: .sharedPreference, preference: preference,
                    condition: t(
                        "Voor minstens \(percent(nearlyEveryone)) is dit de sterkste voorkeur.",
                        "This is the strongest preference for at least \(percent(nearlyEveryone))."),
                    advice: t(
                        "Bijna iedereen leert op dezelfde manier. Dat maakt samen leren makkelijk, maar het team mist wat andere voorkeuren zien. Wissel bewust af en zoek bij nieuwe collega's ook andere voorkeuren.",
                        "Nearly everyone learns the same way. That makes learning together easy, but the team misses what other preferences see. Vary deliberately, and look for other preferences in new colleagues."
                    )))
        }
        if mix.mostCommon.contains(.participeren), let learningTogether, learningTogether < lowLearningTogether {
            result.append(
                TeamAdvice(
                    rule: .participationWithoutSharing, preference: .participeren,
                    condition: t(
                        "Participeren is de meest voorkomende sterkste voorkeur, en het team scoort lager dan \(lowLearningTogether.formatted()) op K2 Samen leren.",
                        "Participating is the most common strongest preference, and the team scores below \(lowLearningTogether.formatted()) on K2 Learning together."
                    ),
                    advice: t(
                        "Het team leert graag samen, maar wat iemand leert wordt niet gedeeld. Plan vaste momenten waarop wie iets leerde het teruggeeft aan het team, en maak zichtbaar wat daarmee gebeurt.",
                        "The team likes to learn together, but what individuals learn is not shared. Plan regular moments in which whoever learned something passes it on to the team, and make visible what comes of it."
                    )))
        }
        return result
    }

    /// Preferences whose dominant share in the team differs from the organisation's by at
    /// least `margin`: over- and under-represented.
    public static let margin = 0.15

    public static func representation(team: PreferenceMix, organisation: PreferenceMix)
        -> (over: [LearningPreference], under: [LearningPreference])
    {
        let difference = { (p: LearningPreference) in team.dominantShare(p) - organisation.dominantShare(p) }
        return (
            LearningPreference.allCases.filter { difference($0) >= margin },
            LearningPreference.allCases.filter { difference($0) <= -margin }
        )
    }

    private static func t(_ nl: String, _ en: String) -> LocalizedText { LocalizedText(nl: nl, en: en) }
    private static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
