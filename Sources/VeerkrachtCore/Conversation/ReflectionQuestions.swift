import Foundation

/// Questions that open the management conversation on each topic, written here in the spirit
/// of the first text's lists: they ask about the organisation's own practice, not for a score.
public enum ReflectionQuestions {
    private static func t(_ nl: String, _ en: String) -> LocalizedText { LocalizedText(nl: nl, en: en) }

    public static func of(_ topic: Topic) -> [LocalizedText] {
        switch topic {
        case .base:
            [
                t(
                    "Waar zien we bij onze mensen leergierigheid en energie, en waar vooral vermoeidheid van alweer iets nieuws?",
                    "Where do we see curiosity and energy in our people, and where mostly weariness of yet another new thing?"),
                t(
                    "Welke van onze programma's geven mensen meer draagkracht, en welke vragen meer dan ze teruggeven?",
                    "Which of our programmes give people more strength, and which ask more than they give back?"),
                t(
                    "Als we dit tempo vijf jaar volhouden: zijn we dan sterker of op?",
                    "If we keep this pace for five years: will we be stronger, or worn out?")
            ]
        case .k1:
            [
                t(
                    "Wat hebben we de laatste vijf jaar in leren gestoken, en waarom schommelde dat zoals het schommelde?",
                    "What have we put into learning over the last five years, and why did it vary the way it did?"),
                t(
                    "Welke bestemming en welke aannames liggen onder onze grootste programma's, en hebben we die vooraf uitgesproken?",
                    "Which destination and which assumptions lie under our largest programmes, and did we state them beforehand?"),
                t(
                    "Wanneer noemen we een programma geslaagd, en op welk niveau kijken we dat na: de persoon, het team of de organisatie?",
                    "When do we call a programme a success, and at which level do we check it: the person, the team or the organisation?")
            ]
        case .k2:
            [
                t(
                    "Houden we bij het organiseren van leren rekening met hoe verschillend onze mensen leren?",
                    "When we organise learning, do we take into account how differently our people learn?"),
                t(
                    "Wie voelt zich eigenaar van ontwikkeling: de mensen zelf, hun leidinggevenden of de top?",
                    "Who feels they own development: people themselves, their managers, or the top?"),
                t(
                    "Hoe komt wat één persoon leert terecht bij het team, en wat doen we om mensen elkaar te laten helpen?",
                    "How does what one person learns reach the team, and what do we do to get people helping each other?")
            ]
        case .k3:
            [
                t(
                    "Wie investeert hier wat in ontwikkeling, de organisatie of de mensen zelf, en voelt dat als een eerlijke ruil?",
                    "Who invests what in development here, the organisation or people themselves, and does that feel like a fair exchange?"),
                t(
                    "Wat merken de collega's om een programma heen ervan: extra werk, of iets wat het ook hun makkelijker maakt?",
                    "What do colleagues around a programme notice of it: extra work, or something that makes their work easier too?"),
                t(
                    "Wat hebben programma's van vroeger achtergelaten dat we nu nog terugzien?",
                    "What did past programmes leave behind that we still see today?")
            ]
        case .k4:
            [
                t(
                    "Beginnen we ontwikkeling bij wat mensen goed kunnen, of vooral bij wat ze missen?",
                    "Do we start development from what people are good at, or mostly from what they lack?"),
                t(
                    "Wie bepaalt de inhoud van onze programma's, en hoeveel ruimte is er voor eigen wensen?",
                    "Who decides what our programmes contain, and how much room is there for people's own wishes?"),
                t(
                    "Zijn er mensen die door een ontwikkeltraject juist een sterke kant zijn kwijtgeraakt?",
                    "Are there people who lost a strength of theirs through a development programme?")
            ]
        case .k5:
            [
                t(
                    "Welke programma's lopen al jaren in dezelfde vorm, en past die vorm nog bij wat de organisatie nu vraagt?",
                    "Which programmes have run in the same form for years, and does that form still fit what the organisation asks now?"),
                t(
                    "Durven we een programma halverwege bij te sturen, en zien we dat als kwaliteit of als falen?",
                    "Do we dare to adjust a programme halfway, and do we see that as quality or as failure?"),
                t(
                    "Hoe leren de mensen die nu binnenkomen, en sluiten onze vormen van leren daarop aan?",
                    "How do the people joining now learn, and do our ways of learning meet that?")
            ]
        default: []
        }
    }
}
