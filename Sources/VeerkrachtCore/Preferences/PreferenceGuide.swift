import Foundation

/// What each learning preference means for the person who has it, written for the profile
/// page and the 'language for learning' page, in Dutch and English.
public struct PreferenceGuide: Sendable {
    public let preference: LearningPreference
    /// The preference in one sentence.
    public let essence: LocalizedText
    /// Situations at work in which someone with this preference learns most.
    public let situations: [LocalizedText]
    public let seek: [LocalizedText]
    public let avoid: [LocalizedText]
    /// One concrete way to try this preference when it is one's weakest.
    public let experiment: LocalizedText
    /// How to work and learn with a colleague who has this preference.
    public let workingWith: LocalizedText

    public static func of(_ preference: LearningPreference) -> PreferenceGuide {
        all.first { $0.preference == preference }!
    }

    private static func t(_ nl: String, _ en: String) -> LocalizedText { LocalizedText(nl: nl, en: en) }

    public static let all: [PreferenceGuide] = [
        PreferenceGuide(
            preference: .kunstAfkijken,
            essence: t(
                "Je leert door te zien hoe iemand anders het doet en dat na te doen.",
                "You learn by watching how someone else does it and doing the same."),
            situations: [
                t(
                    "Meelopen met een ervaren collega tijdens een lastig gesprek.",
                    "Shadowing an experienced colleague in a difficult conversation."),
                t(
                    "Een voorbeeld of sjabloon zien dat in de praktijk al werkt.",
                    "Seeing an example or template that already works in practice."),
                t(
                    "Een collega vragen hoe die een vergelijkbaar probleem aanpakte.",
                    "Asking a colleague how they handled a similar problem.")
            ],
            seek: [
                t("Meeloopdagen, werkbezoeken en korte demonstraties.", "Shadowing days, work visits and short demonstrations."),
                t("Een vast aanspreekpunt of mentor die je mag nadoen.", "A fixed contact or mentor whose approach you may copy.")
            ],
            avoid: [
                t(
                    "Lange theoretische cursussen zonder één praktijkvoorbeeld.",
                    "Long theoretical courses without a single practical example."),
                t(
                    "Van nul af aan zelf iets moeten uitvinden terwijl het elders al bestaat.",
                    "Having to invent something from scratch that already exists elsewhere.")
            ],
            experiment: t(
                "Vraag deze week één collega of je twintig minuten mag meekijken bij iets wat die goed kan, en probeer het daarna zelf.",
                "This week, ask one colleague whether you may watch for twenty minutes while they do something they are good at, then try it yourself."
            ),
            workingWith: t(
                "Laat zien hoe jij het doet in plaats van het uit te leggen, en geef voorbeelden die al werken.",
                "Show how you do it rather than explaining it, and share examples that already work.")),
        PreferenceGuide(
            preference: .participeren,
            essence: t(
                "Je leert samen met anderen: in gesprek, in een groep, door ervaringen uit te wisselen.",
                "You learn together with others: in conversation, in a group, by exchanging experiences."),
            situations: [
                t(
                    "Een intervisie waarin collega's een casus met je doorpraten.",
                    "Peer consultation in which colleagues talk a case through with you."),
                t(
                    "Een project waarin je met mensen van andere afdelingen samenwerkt.",
                    "A project in which you work with people from other departments."),
                t("Een team dat na afloop samen bespreekt wat het heeft geleerd.", "A team that discusses afterwards what it has learned.")
            ],
            seek: [
                t(
                    "Leergroepen, intervisie en gezamenlijke verbeterprojecten.",
                    "Learning groups, peer consultation and joint improvement projects."),
                t("Tijd om na een training met collega's door te praten.", "Time to talk things over with colleagues after a training.")
            ],
            avoid: [
                t("Alleen achter een e-learning zitten.", "Sitting alone in front of an e-learning module."),
                t("Groepen waarin geen vertrouwen is om twijfels te delen.", "Groups without the trust to share doubts.")
            ],
            experiment: t(
                "Nodig twee collega's uit voor een half uur waarin ieder één ding vertelt dat hij deze maand leerde.",
                "Invite two colleagues for half an hour in which each tells one thing they learned this month."),
            workingWith: t(
                "Maak ruimte voor gesprek en vertrouwen voordat je tot besluiten komt, en deel ook je eigen twijfels.",
                "Make room for conversation and trust before deciding, and share your own doubts too.")),
        PreferenceGuide(
            preference: .kennisVerwerven,
            essence: t(
                "Je leert door eerst te begrijpen: lezen, luisteren naar experts, de theorie achter iets kennen.",
                "You learn by understanding first: reading, listening to experts, knowing the theory behind something."),
            situations: [
                t("Een goed opgebouwde cursus met een erkend resultaat.", "A well-structured course with a recognised result."),
                t(
                    "Vakliteratuur of onderzoek over een vraag uit je werk.",
                    "Professional literature or research on a question from your work."),
                t("Een expert die je vragen tot op de bodem beantwoordt.", "An expert who answers your questions thoroughly.")
            ],
            seek: [
                t(
                    "Opleidingen, vakliteratuur, lezingen en naslagwerk.",
                    "Courses, professional literature, lectures and reference material."),
                t("Tijd om je voor te bereiden voordat je moet handelen.", "Time to prepare before you have to act.")
            ],
            avoid: [
                t("Zonder uitleg direct in het diepe springen.", "Being thrown in at the deep end without explanation."),
                t("Brainstorms waarin niemand de feiten kent.", "Brainstorms in which nobody knows the facts.")
            ],
            experiment: t(
                "Kies één vraag uit je werk en lees er een half uur over voordat je hem met iemand bespreekt.",
                "Pick one question from your work and read about it for half an hour before you discuss it with anyone."),
            workingWith: t(
                "Geef deze collega tijd en bronnen vooraf, en vraag om de kennis te bundelen voor het team.",
                "Give this colleague time and sources in advance, and ask them to gather the knowledge for the team.")),
        PreferenceGuide(
            preference: .oefenen,
            essence: t(
                "Je leert door te doen en te herhalen, met ruimte om fouten te maken en feedback te krijgen.",
                "You learn by doing and repeating, with room to make mistakes and get feedback."),
            situations: [
                t("Een rollenspel of simulatie van een lastige situatie.", "A role play or simulation of a difficult situation."),
                t("Een nieuwe vaardigheid stap voor stap onder begeleiding proberen.", "Trying a new skill step by step with guidance."),
                t("Direct na een poging horen wat beter kan.", "Hearing straight after an attempt what could be better.")
            ],
            seek: [
                t(
                    "Trainingen met veel oefening, coaching on the job en oefensituaties.",
                    "Trainings with lots of practice, on-the-job coaching and practice situations."),
                t("Een veilige plek waar een fout geen schade doet.", "A safe place where a mistake does no harm.")
            ],
            avoid: [
                t("Een eenmalige uitleg zonder gelegenheid om het te proberen.", "A one-off explanation without a chance to try."),
                t(
                    "Meteen beoordeeld worden op iets wat je net voor het eerst doet.",
                    "Being judged straight away on something you do for the first time.")
            ],
            experiment: t(
                "Oefen één onderdeel van je werk drie keer achter elkaar en vraag na elke keer één tip.",
                "Practise one part of your work three times in a row and ask for one tip after each attempt."),
            workingWith: t(
                "Bied oefenkansen en concrete feedback, en geef de tijd om iets eigen te maken.",
                "Offer chances to practise and concrete feedback, and allow time to master something.")),
        PreferenceGuide(
            preference: .ontdekken,
            essence: t(
                "Je leert door zelf uit te zoeken en te experimenteren, en onderweg bij te sturen.",
                "You learn by finding out for yourself and experimenting, adjusting as you go."),
            situations: [
                t("Een probleem waarvoor nog geen oplossing bestaat.", "A problem for which no solution exists yet."),
                t("Vrijheid om een nieuwe werkwijze kleinschalig te proberen.", "Freedom to try a new way of working on a small scale."),
                t(
                    "Een pilot waarin je mag ontdekken wat wel en niet werkt.",
                    "A pilot in which you may discover what works and what does not.")
            ],
            seek: [
                t(
                    "Pilots, innovatieprojecten en opdrachten met ruimte voor eigen aanpak.",
                    "Pilots, innovation projects and assignments that leave room for your own approach."),
                t("Korte cycli van proberen, kijken en bijstellen.", "Short cycles of trying, looking and adjusting.")
            ],
            avoid: [
                t("Voorgeschreven stappenplannen zonder ruimte om af te wijken.", "Prescribed step-by-step plans with no room to deviate."),
                t("Lang vooronderzoek voordat er iets geprobeerd mag worden.", "Long preparatory study before anything may be tried.")
            ],
            experiment: t(
                "Probeer deze week één kleine taak op een andere manier dan gewoonlijk en noteer wat er gebeurde.",
                "This week, do one small task differently than usual and note what happened."),
            workingWith: t(
                "Geef ruimte om te proberen, spreek af wanneer jullie samen terugkijken, en deel wat al bekend is zonder het te dicteren.",
                "Leave room to try, agree when you will look back together, and share what is already known without dictating it."))
    ]
}
