/// The learning-organisation scan: the five properties of a learning organisation, the three
/// levels of learning (rules, insights, principles) and learning to learn.
public enum LOScan {
    public static let version1 = Instrument(
        id: "lo", version: 1,
        name: LocalizedText(nl: "Scan Lerende Organisatie", en: "Learning Organisation scan"),
        scales: [
            Scale("P1", nl: "Gerichte aandacht voor gewenste ontwikkelingen", en: "Attention to desired developments"),
            Scale("P2", nl: "Brede aandacht voor leren", en: "Broad attention to learning"),
            Scale("P3", nl: "Netwerkorganisatie", en: "Network organisation"),
            Scale("P4", nl: "Samenwerking en afstemming", en: "Collaboration and alignment"),
            Scale("P5", nl: "Heldere en open communicatie", en: "Clear and open communication"),
            Scale("L1", nl: "Leren van regels", en: "Learning rules"),
            Scale("L2", nl: "Leren van inzichten", en: "Learning insights"),
            Scale("L3", nl: "Leren van principes", en: "Learning principles"),
            Scale("M", nl: "Meta-leren", en: "Meta-learning")
        ],
        items: properties + levels,
        openQuestions: [
            OpenQuestion(
                "LO.O.1", scale: nil, nl: "Wat zou onze organisatie het meest helpen om te blijven leren?",
                en: "What would most help our organisation to keep learning?")
        ]
    )

    static let properties = [
        Item(
            "LO.P1.1", scale: "P1", nl: "We weten als organisatie waar onze sterke en zwakke punten liggen.",
            en: "As an organisation we know where our strengths and weaknesses lie."),
        Item(
            "LO.P1.2", scale: "P1", nl: "Het is duidelijk welke kant we met de organisatie op willen.",
            en: "It is clear in which direction we want the organisation to move."),
        Item(
            "LO.P1.3", scale: "P1", nl: "Onderweg kijken we wat werkt en stellen we bij.",
            en: "Along the way we look at what works and adjust."),
        Item(
            "LO.P1.4", scale: "P1", nl: "Plannen wisselen hier zo vaak dat niemand meer weet waar we naartoe werken.",
            en: "Plans change so often here that nobody knows any more what we are working towards.", reversed: true),
        Item(
            "LO.P2.1", scale: "P2", nl: "Leren hoort hier bij het gewone werk.",
            en: "Learning is part of the ordinary work here."),
        Item(
            "LO.P2.2", scale: "P2", nl: "We leren niet alleen regels en procedures, maar ook waarom ze er zijn.",
            en: "We learn not only rules and procedures but also why they exist."),
        Item(
            "LO.P2.3", scale: "P2", nl: "Wat we leren, sluit aan bij de ontwikkeling die de organisatie wil.",
            en: "What we learn fits the development the organisation is after."),
        Item(
            "LO.P2.4", scale: "P2", nl: "Leren gebeurt hier vooral op cursus, los van het werk.",
            en: "Learning here happens mostly on courses, apart from the work.", reversed: true),
        Item(
            "LO.P3.1", scale: "P3", nl: "Iedereen kan hier invloed uitoefenen, welke positie hij ook heeft.",
            en: "Everyone here can exert influence, whatever their position."),
        Item(
            "LO.P3.2", scale: "P3", nl: "Mensen nemen zelf verantwoordelijkheid voor hun werk en voor de samenwerking.",
            en: "People take responsibility for their own work and for working together."),
        Item(
            "LO.P3.3", scale: "P3", nl: "We behandelen elkaar als volwassen professionals.",
            en: "We treat each other as grown-up professionals."),
        Item(
            "LO.P3.4", scale: "P3", nl: "Een initiatief moet hier eerst langs alle lagen van de hiërarchie.",
            en: "An initiative here first has to pass every layer of the hierarchy.", reversed: true),
        Item(
            "LO.P4.1", scale: "P4", nl: "Mijn eigen doelen sluiten aan bij die van mijn team.",
            en: "My own goals fit those of my team."),
        Item(
            "LO.P4.2", scale: "P4", nl: "De doelen van teams en van de organisatie zijn op elkaar afgestemd.",
            en: "The goals of teams and of the organisation are aligned."),
        Item(
            "LO.P4.3", scale: "P4", nl: "Als iemand anders gaat werken, merken collega's dat in hun eigen werk.",
            en: "When someone starts to work differently, colleagues notice it in their own work."),
        Item(
            "LO.P4.4", scale: "P4", nl: "Afdelingen werken langs elkaar heen.",
            en: "Departments work at cross purposes.", reversed: true),
        Item(
            "LO.P5.1", scale: "P5", nl: "Informatie over wat er speelt, wordt open gedeeld.",
            en: "Information about what is going on is shared openly."),
        Item(
            "LO.P5.2", scale: "P5", nl: "We weten wat klanten en de buitenwereld van ons vragen.",
            en: "We know what clients and the outside world ask of us."),
        Item(
            "LO.P5.3", scale: "P5", nl: "Over de betekenis van nieuwe afspraken praten we tot we die delen.",
            en: "We talk about what new agreements mean until we share that meaning."),
        Item(
            "LO.P5.4", scale: "P5", nl: "Belangrijke besluiten hoor ik pas via de wandelgangen.",
            en: "I only hear about important decisions through the grapevine.", reversed: true)
    ]

    static let levels = [
        Item(
            "LO.L1.1", scale: "L1", nl: "Ik weet welke regels en afspraken voor mijn werk gelden.",
            en: "I know which rules and agreements apply to my work."),
        Item(
            "LO.L1.2", scale: "L1", nl: "Nieuwe werkafspraken worden duidelijk uitgelegd.",
            en: "New working agreements are explained clearly."),
        Item(
            "LO.L1.3", scale: "L1", nl: "Als een regel verandert, leer ik snel hoe het nu moet.",
            en: "When a rule changes, I quickly learn how things are done now."),
        Item(
            "LO.L1.4", scale: "L1", nl: "Ik moet vaak zelf uitzoeken wat wel en niet mag.",
            en: "I often have to find out for myself what is and is not allowed.", reversed: true),
        Item(
            "LO.L2.1", scale: "L2", nl: "Ik begrijp waarom we de dingen doen zoals we ze doen.",
            en: "I understand why we do things the way we do."),
        Item(
            "LO.L2.2", scale: "L2", nl: "We bespreken de gedachte achter een werkwijze, niet alleen de werkwijze zelf.",
            en: "We discuss the thinking behind a way of working, not only the way itself."),
        Item(
            "LO.L2.3", scale: "L2", nl: "Als iets misgaat, zoeken we uit hoe dat kwam.",
            en: "When something goes wrong, we find out how it came about."),
        Item(
            "LO.L2.4", scale: "L2", nl: "Regels worden gevolgd zonder dat iemand weet waarom.",
            en: "Rules are followed without anyone knowing why.", reversed: true),
        Item(
            "LO.L3.1", scale: "L3", nl: "Ik weet waar deze organisatie voor staat.",
            en: "I know what this organisation stands for."),
        Item(
            "LO.L3.2", scale: "L3", nl: "Wat we leren, raakt aan wie we als professionals willen zijn.",
            en: "What we learn touches on who we want to be as professionals."),
        Item(
            "LO.L3.3", scale: "L3", nl: "We durven onze uitgangspunten ter discussie te stellen.",
            en: "We dare to question our basic assumptions."),
        Item(
            "LO.L3.4", scale: "L3", nl: "Over waarden en identiteit wordt hier nooit gesproken.",
            en: "Values and identity are never discussed here.", reversed: true),
        Item(
            "LO.M.1", scale: "M", nl: "Ik weet in welke situaties ik het meest leer.",
            en: "I know in which situations I learn most."),
        Item(
            "LO.M.2", scale: "M", nl: "We staan stil bij hoe we als team leren, niet alleen bij wat.",
            en: "We reflect on how we learn as a team, not only on what."),
        Item(
            "LO.M.3", scale: "M", nl: "Ik zoek bewust manieren van leren op die bij mij passen.",
            en: "I deliberately look for ways of learning that suit me."),
        Item(
            "LO.M.4", scale: "M", nl: "Ik leer zelden op een manier die nieuw voor mij is.",
            en: "I rarely learn in a way that is new to me.", reversed: true)
    ]
}
