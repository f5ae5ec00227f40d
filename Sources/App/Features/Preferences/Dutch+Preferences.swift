import Foundation
import VeerkrachtCore

extension Dutch {
    var choicesLegend: String { "Jouw profiel en je antwoorden" }
    var shareWithTeamChoice: String { "Mijn team mag mijn leervoorkeuren met mijn naam zien (alleen de volgorde, geen scores)." }
    var leaveOutChoice: String { "Laat mijn antwoorden buiten de anonieme uitkomsten; bewaar alleen mijn eigen profiel." }
    var viewProfileLink: String { "Bekijk je volledige profiel met tips" }
    var profilePageTitle: String { "Jouw leervoorkeuren" }
    var profileOrderIntro: String {
        "Iedereen leert op meer manieren, maar niet elke manier levert iedereen evenveel op. Dit is jouw volgorde, van sterk naar minder sterk."
    }
    func strongestTitle(_ rank: Int, _ name: String) -> String {
        rank == 1 ? "Je sterkste voorkeur: \(name)" : "Je tweede voorkeur: \(name)"
    }
    var situationsLabel: String { "Hier leer je het meest" }
    var seekLabel: String { "Zoek op" }
    var avoidLabel: String { "Liever niet" }
    func weakestTitle(_ name: String) -> String { "Probeer eens iets nieuws: \(name)" }
    var colleaguesTitle: String { "Samen leren met collega's" }
    func withColleague(_ name: String) -> String { "Met een collega die vooral leert door \(name.lowercased())" }
    func sharingStatus(_ shared: Bool, counted: Bool) -> String {
        if shared { return "Je team ziet de volgorde van je voorkeuren met je naam, nooit je scores." }
        return counted
            ? "Je team ziet je profiel niet; je antwoorden tellen alleen mee in anonieme overzichten."
            : "Je team ziet je profiel niet, en je antwoorden tellen in geen enkel overzicht mee."
    }
    func sharingToggle(_ shared: Bool) -> String { shared ? "Niet meer met mijn team delen" : "Met mijn team delen" }
    func countedStatus(_ counted: Bool) -> String {
        counted
            ? "Je antwoorden tellen anoniem mee in de uitkomsten. Ze zijn niet naar jou te herleiden, en blijven daarom ook staan als je dit profiel verwijdert."
            : "Je koos ervoor je antwoorden buiten de anonieme uitkomsten te laten: van jou is alleen dit profiel bewaard."
    }
    var deleteTitle: String { "Profiel verwijderen" }
    var deleteSubmit: String { "Verwijder mijn profiel" }
    var profileDeleted: String { "Je profiel is verwijderd." }
    var printHint: String { "Deze pagina past geprint op één A4." }
    var teamMixTitle: String { "Leervoorkeuren van een team" }
    var teamMixIntro: String {
        "Hoe de vijf leervoorkeuren in het team verdeeld zijn. Namen staan er alleen bij wie daar zelf voor koos; van de anderen zie je alleen het geheel, en alleen als dat groot genoeg is."
    }
    var dominantTitle: String { "Sterkste voorkeur" }
    var meanTitle: String { "Gemiddelde (1–5)" }
    var namedTitle: String { "Wie zijn profiel deelt" }
    var namedNone: String { "Niemand in dit team deelt zijn profiel met naam." }
    func mixSuppressed(threshold: Int) -> String {
        "Het overzicht wordt niet getoond: minder dan \(threshold) mensen die hun profiel niet delen, of samen met andere overzichten zou een kleinere groep herleidbaar zijn."
    }
    func mixPeople(_ people: Int) -> String {
        "De mix telt \(people) mensen, net als de anonieme uitkomsten: wie zijn antwoorden buiten de uitkomsten hield, telt niet mee."
    }
    var overLabel: String { "Meer dan in de organisatie" }
    var underLabel: String { "Minder dan in de organisatie" }
    var adviceTitle: String { "Advies" }
    var adviceNone: String { "Geen bijzonderheden in deze mix." }
    var conditionLabel: String { "Omdat" }
    func membersAccess(_ open: Bool) -> String {
        open ? "Teamleden zien dit overzicht via hun persoonlijke link." : "Teamleden zien dit overzicht (nog) niet."
    }
    func membersToggle(_ open: Bool) -> String { open ? "Sluiten voor teamleden" : "Openzetten voor teamleden" }
    var teamNotOpened: String { "De leidinggevende van je team heeft dit overzicht nog niet opengezet." }
    var noProfilesInWave: String { "Deze meting bevat geen leervoorkeurenscan." }
    var languageTitle: String { "Een taal voor leren" }
    var languageIntro: String {
        "Mensen leren op verschillende manieren. Vijf leervoorkeuren geven een gemeenschappelijke taal om daarover te praten: wat werkt voor wie, en hoe help je elkaar leren?"
    }
    var diversityTitle: String { "Diversiteit per eenheid" }
    var diversityIntro: String {
        "Per eenheid hoe verschillend mensen leren, naast de verdeling naar leeftijd, gender en dienstjaren. Alleen anonieme overzichten van groepen die groot genoeg zijn."
    }
    var diversityLabel: String { "Spreiding leervoorkeuren (0–100)" }
    var mostCommonLabel: String { "Meest voorkomend" }
    var teamMixLink: String { "Leervoorkeuren per team" }
    var shareLabel: String { "Aandeel" }
    var otherBands: String { "overig" }
    var languageCardText: String { "De vijf leervoorkeuren uitgelegd" }
}
