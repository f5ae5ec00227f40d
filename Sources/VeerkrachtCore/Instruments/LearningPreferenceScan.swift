/// The learning-preference scan: for each of the five preferences, concrete situations at
/// work, answered by how much a person learns from them. It yields a personal profile.
public enum LearningPreferenceScan {
    public static let version1 = Instrument(
        id: "lp", version: 1,
        name: LocalizedText(nl: "Scan Leervoorkeuren", en: "Learning preferences scan"),
        scales: [
            Scale("KA", nl: "Kunst afkijken", en: "Kunst afkijken (learning from what works)"),
            Scale("PA", nl: "Participeren", en: "Participeren (learning with others)"),
            Scale("KV", nl: "Kennis verwerven", en: "Kennis verwerven (acquiring knowledge)"),
            Scale("OE", nl: "Oefenen", en: "Oefenen (practising)"),
            Scale("ON", nl: "Ontdekken", en: "Ontdekken (discovering)")
        ],
        items: watching + participating + acquiring + practising + discovering,
        openQuestions: []
    )

    private static func situation(_ code: String, _ scale: String, nl: String, en: String) -> Item {
        Item(code, scale: scale, nl: nl, en: en, format: .learningYield)
    }

    static let watching = [
        situation(
            "LP.KA.1", "KA", nl: "Meelopen met een ervaren collega en zien hoe die een lastig gesprek aanpakt.",
            en: "Shadowing an experienced colleague and seeing how they handle a difficult conversation."),
        situation(
            "LP.KA.2", "KA", nl: "Een aanpak die in een ander team goed werkt, overnemen in mijn eigen werk.",
            en: "Taking an approach that works well in another team into my own work."),
        situation(
            "LP.KA.3", "KA", nl: "Meteen aan de slag met een echte klus, ook als de druk hoog is.",
            en: "Getting straight to work on a real job, even when the pressure is high."),
        situation(
            "LP.KA.4", "KA", nl: "Kijken hoe een collega een nieuw systeem gebruikt en het daarna zelf doen.",
            en: "Watching how a colleague uses a new system and then doing it myself."),
        situation(
            "LP.KA.5", "KA", nl: "Voorbeelden bekijken van werk dat goed is gelukt.",
            en: "Looking at examples of work that turned out well."),
        situation(
            "LP.KA.6", "KA", nl: "Handigheidjes oppikken terwijl ik het werk doe.",
            en: "Picking up handy tricks while I do the work.")
    ]

    static let participating = [
        situation(
            "LP.PA.1", "PA", nl: "Met collega's doorpraten over een vraagstuk tot we het samen begrijpen.",
            en: "Talking a problem through with colleagues until we understand it together."),
        situation(
            "LP.PA.2", "PA", nl: "Samen met anderen iets uitzoeken waar nog niemand het antwoord op weet.",
            en: "Working something out with others that nobody knows the answer to yet."),
        situation(
            "LP.PA.3", "PA", nl: "Een intervisiegroep waarin we elkaar vertrouwen.",
            en: "A peer consultation group in which we trust each other."),
        situation(
            "LP.PA.4", "PA", nl: "Ervaringen uitwisselen in een netwerk van vakgenoten.",
            en: "Exchanging experiences in a network of peers."),
        situation(
            "LP.PA.5", "PA", nl: "Een teamoverleg waarin we samen betekenis geven aan een verandering.",
            en: "A team meeting in which we make sense of a change together."),
        situation(
            "LP.PA.6", "PA", nl: "Met een collega een project opzetten en onderweg van elkaar leren.",
            en: "Setting up a project with a colleague and learning from each other along the way.")
    ]

    static let acquiring = [
        situation(
            "LP.KV.1", "KV", nl: "Een expert die vertelt over de nieuwste inzichten in mijn vak.",
            en: "An expert talking about the latest insights in my field."),
        situation(
            "LP.KV.2", "KV", nl: "Een goed opgebouwde cursus met duidelijke leerdoelen.",
            en: "A well-built course with clear learning goals."),
        situation(
            "LP.KV.3", "KV", nl: "Vakliteratuur of onderzoek lezen voordat ik aan iets nieuws begin.",
            en: "Reading professional literature or research before I start something new."),
        situation(
            "LP.KV.4", "KV", nl: "Alle beschikbare informatie over een onderwerp verzamelen en ordenen.",
            en: "Gathering and ordering all the information available on a subject."),
        situation(
            "LP.KV.5", "KV", nl: "Mijn vragen kunnen voorleggen aan een specialist.",
            en: "Being able to put my questions to a specialist."),
        situation(
            "LP.KV.6", "KV", nl: "Een opleiding die eindigt met een toets of certificaat.",
            en: "A training that ends with a test or a certificate.")
    ]

    static let practising = [
        situation(
            "LP.OE.1", "OE", nl: "Een lastig gesprek eerst oefenen in een veilige omgeving.",
            en: "Practising a difficult conversation in a safe setting first."),
        situation(
            "LP.OE.2", "OE", nl: "Met een mentor terugkijken op wat goed ging en wat beter kan.",
            en: "Looking back with a mentor on what went well and what could be better."),
        situation(
            "LP.OE.3", "OE", nl: "Een nieuwe vaardigheid stap voor stap herhalen tot ik haar beheers.",
            en: "Repeating a new skill step by step until I master it."),
        situation(
            "LP.OE.4", "OE", nl: "Feedback krijgen op een proefversie voordat het echt telt.",
            en: "Getting feedback on a trial version before it really counts."),
        situation(
            "LP.OE.5", "OE", nl: "Een rollenspel met een acteur of een collega.",
            en: "A role play with an actor or a colleague."),
        situation(
            "LP.OE.6", "OE", nl: "Mijn eigen handelen kritisch bekijken aan de hand van duidelijke criteria.",
            en: "Looking critically at my own actions against clear criteria.")
    ]

    static let discovering = [
        situation(
            "LP.ON.1", "ON", nl: "In het diepe springen met een taak die ik nog nooit heb gedaan.",
            en: "Jumping in at the deep end with a task I have never done before."),
        situation(
            "LP.ON.2", "ON", nl: "Zelf uitzoeken hoe iets werkt door ermee te experimenteren.",
            en: "Finding out for myself how something works by experimenting with it."),
        situation(
            "LP.ON.3", "ON", nl: "Een brainstorm waarvan de uitkomst vooraf open is.",
            en: "A brainstorm whose outcome is open from the start."),
        situation(
            "LP.ON.4", "ON", nl: "Toevallig op iets stuiten en daar op eigen houtje op doorgaan.",
            en: "Stumbling on something by chance and following it up on my own."),
        situation(
            "LP.ON.5", "ON", nl: "Mijn eigen leerweg kiezen, zonder vast programma.",
            en: "Choosing my own learning path, without a set programme."),
        situation(
            "LP.ON.6", "ON", nl: "Een nieuw idee meteen in de praktijk uitproberen.",
            en: "Trying out a new idea in practice straight away.")
    ]
}
