/// The sustainably-learning-organisation scan: the base question (resilience or exhaustion)
/// and the five core questions, each as a scale, in words written for Veerkracht.
public enum DLOScan {
    public static let version1 = Instrument(
        id: "dlo", version: 1,
        name: LocalizedText(nl: "Scan Duurzaam Lerende Organisatie", en: "Sustainably Learning Organisation scan"),
        scales: [
            Scale("V", nl: "Veerkracht", en: "Resilience"),
            Scale("K1", nl: "K1 Rendement van de investering", en: "K1 Yield of the investment"),
            Scale("K2", nl: "K2 Samen leren", en: "K2 Learning together"),
            Scale("K3", nl: "K3 Geven en nemen", en: "K3 Giving and taking"),
            Scale("K4", nl: "K4 Kwaliteiten als vertrekpunt", en: "K4 Qualities as the starting point"),
            Scale("K5", nl: "K5 Flexibiliteit", en: "K5 Flexibility")
        ],
        items: resilience + yield + learningTogether + givingAndTaking + qualities + flexibility,
        openQuestions: openQuestions
    )

    static let resilience = [
        Item(
            "DLO.V.1", scale: "V", nl: "Leren en ontwikkelen in mijn werk geeft me energie.",
            en: "Learning and developing in my work gives me energy."),
        Item(
            "DLO.V.2", scale: "V", nl: "Ik word moe van de zoveelste verandering of cursus die op ons afkomt.",
            en: "I am worn out by yet another change or course coming our way.", reversed: true),
        Item(
            "DLO.V.3", scale: "V", nl: "In mijn dagelijkse werk is ruimte om iets nieuws te leren.",
            en: "My daily work leaves room to learn something new."),
        Item(
            "DLO.V.4", scale: "V", nl: "Ik ben nieuwsgierig naar wat ik in mijn vak nog kan leren.",
            en: "I am curious about what I can still learn in my field."),
        Item(
            "DLO.V.5", scale: "V", nl: "Ontwikkeltrajecten kosten hier meer energie dan ze opleveren.",
            en: "Development programmes here cost more energy than they give back.", reversed: true),
        Item(
            "DLO.V.6", scale: "V", nl: "Na een leertraject heb ik zin om het geleerde meteen toe te passen.",
            en: "After a learning programme I am eager to put what I learned to use straight away.")
    ]

    static let yield = [
        Item(
            "DLO.K1.1", scale: "K1", nl: "Bij een leertraject is vooraf duidelijk wat het voor ons werk moet opleveren.",
            en: "Before a learning programme starts, it is clear what it should deliver for our work."),
        Item(
            "DLO.K1.2", scale: "K1", nl: "Ik weet welk vraagstuk van de organisatie achter de trajecten zit waaraan ik meedoe.",
            en: "I know which question of the organisation lies behind the programmes I take part in."),
        Item(
            "DLO.K1.3", scale: "K1",
            nl: "Trajecten worden hier gekozen omdat ze elders goed bevielen, niet omdat ze bij onze vraag passen.",
            en: "Programmes are chosen here because they went well elsewhere, not because they fit our question.", reversed: true),
        Item(
            "DLO.K1.4", scale: "K1", nl: "Na afloop wordt bekeken wat een traject werkelijk heeft opgeleverd.",
            en: "After a programme ends, someone looks at what it really delivered."),
        Item(
            "DLO.K1.5", scale: "K1", nl: "Wat we leren, zie je terug in concrete resultaten in het werk.",
            en: "What we learn shows up in concrete results in the work."),
        Item(
            "DLO.K1.6", scale: "K1", nl: "Als het tegenzit, wordt op leren en ontwikkelen als eerste bezuinigd.",
            en: "When times get hard, learning and development is the first thing to be cut.", reversed: true)
    ]

    static let learningTogether = [
        Item(
            "DLO.K2.1", scale: "K2", nl: "Collega's helpen elkaar om beter te worden in het werk.",
            en: "Colleagues help each other to get better at the work."),
        Item(
            "DLO.K2.2", scale: "K2", nl: "In ons team praten we over hoe ieder van ons het best leert.",
            en: "In our team we talk about how each of us learns best."),
        Item(
            "DLO.K2.3", scale: "K2", nl: "Wat iemand op een opleiding leert, blijft bij die persoon en bereikt de rest van het team niet.",
            en: "What someone learns on a course stays with them and does not reach the rest of the team.", reversed: true),
        Item(
            "DLO.K2.4", scale: "K2", nl: "Bij het samenwerken benutten we juist de verschillen in hoe mensen leren.",
            en: "When we work together, we make use of the differences in how people learn."),
        Item(
            "DLO.K2.5", scale: "K2", nl: "Het is duidelijk wie verantwoordelijk is voor de ontwikkeling van ons team.",
            en: "It is clear who is responsible for our team's development.")
    ]

    static let givingAndTaking = [
        Item(
            "DLO.K3.1", scale: "K3", nl: "Wat ik leer, komt ook de organisatie ten goede.",
            en: "What I learn also benefits the organisation."),
        Item(
            "DLO.K3.2", scale: "K3", nl: "Voor leren wordt echt tijd vrijgemaakt; het komt niet bovenop het werk.",
            en: "Time is really set aside for learning; it is not piled on top of the work."),
        Item(
            "DLO.K3.3", scale: "K3", nl: "Als collega's aan het leren zijn, vangen wij hun werk op zonder dat dat gezien wordt.",
            en: "When colleagues are away learning, we pick up their work without that being noticed.", reversed: true),
        Item(
            "DLO.K3.4", scale: "K3", nl: "Eerdere veranderprogramma's hebben blijvend iets veranderd in hoe we werken.",
            en: "Earlier change programmes left a lasting mark on how we work."),
        Item(
            "DLO.K3.5", scale: "K3", nl: "Wat ik in mijn ontwikkeling steek en wat ik ervoor terugkrijg, is in evenwicht.",
            en: "What I put into my development and what I get back for it are in balance.")
    ]

    static let qualities = [
        Item(
            "DLO.K4.1", scale: "K4", nl: "Mijn ontwikkeling bouwt voort op waar ik goed in ben.",
            en: "My development builds on what I am good at."),
        Item(
            "DLO.K4.2", scale: "K4", nl: "Ik ben zelf eigenaar van mijn ontwikkeling.",
            en: "I own my development myself."),
        Item(
            "DLO.K4.3", scale: "K4", nl: "Gesprekken over mijn ontwikkeling gaan vooral over wat ik nog niet kan.",
            en: "Conversations about my development are mostly about what I cannot do yet.", reversed: true),
        Item(
            "DLO.K4.4", scale: "K4", nl: "Ik heb invloed op wat en hoe ik leer.",
            en: "I have a say in what and how I learn."),
        Item(
            "DLO.K4.5", scale: "K4", nl: "Mijn leidinggevende kent mijn sterke kanten en zet ze in.",
            en: "My manager knows my strengths and puts them to use.")
    ]

    static let flexibility = [
        Item(
            "DLO.K5.1", scale: "K5", nl: "Leerprogramma's worden tussentijds bijgestuurd als dat nodig is.",
            en: "Learning programmes are adjusted along the way when that is needed."),
        Item(
            "DLO.K5.2", scale: "K5", nl: "Onze opleidingen passen bij waar de organisatie nu staat.",
            en: "Our training fits where the organisation stands today."),
        Item(
            "DLO.K5.3", scale: "K5", nl: "Sommige trajecten lopen hier al jaren in dezelfde vorm, of ze nog passen of niet.",
            en: "Some programmes here have run in the same form for years, whether they still fit or not.", reversed: true),
        Item(
            "DLO.K5.4", scale: "K5", nl: "Er is ruimte om nieuwe vormen van leren uit te proberen.",
            en: "There is room to try out new forms of learning."),
        Item(
            "DLO.K5.5", scale: "K5", nl: "Nieuwe collega's kunnen hier leren op een manier die bij hen past.",
            en: "New colleagues can learn here in a way that suits them.")
    ]

    static let openQuestions = [
        OpenQuestion(
            "DLO.O.V", scale: "V", nl: "Wat geeft je energie om te leren in je werk, en wat kost je juist energie?",
            en: "What gives you energy to learn in your work, and what drains it?"),
        OpenQuestion(
            "DLO.O.K1", scale: "K1", nl: "Welk leertraject van de afgelopen jaren heeft het meest opgeleverd, en waaraan merk je dat?",
            en: "Which learning programme of recent years delivered most, and how can you tell?"),
        OpenQuestion(
            "DLO.O.K2", scale: "K2", nl: "Hoe zouden jij en je collega's elkaar beter kunnen helpen leren?",
            en: "How could you and your colleagues help each other learn better?"),
        OpenQuestion(
            "DLO.O.K3", scale: "K3", nl: "Wat heeft de organisatie teruggekregen van wat jij de afgelopen jaren leerde?",
            en: "What has the organisation gained from what you learned in recent years?"),
        OpenQuestion(
            "DLO.O.K4", scale: "K4", nl: "Welke kwaliteit van jou wordt nog te weinig benut?",
            en: "Which of your qualities is still put to too little use?"),
        OpenQuestion(
            "DLO.O.K5", scale: "K5", nl: "Welk leerprogramma is aan vernieuwing toe, en waarom?",
            en: "Which learning programme is due for renewal, and why?")
    ]
}
