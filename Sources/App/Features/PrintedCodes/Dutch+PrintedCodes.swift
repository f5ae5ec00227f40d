import Foundation

extension Dutch {
    var codeEntryTitle: String { "Beginnen met je code" }
    var codeEntryIntro: String { "Typ de code van je strookje. Die opent je eigen scan; je antwoorden blijven anoniem." }
    var codeEntryLabel: String { "Je code" }
    var codeEntryHint: String { "Twaalf letters en cijfers, zoals K7QM-3XTP-9WAB. Streepjes en hoofdletters maken niet uit." }
    var codeEntrySubmit: String { "Beginnen" }
    var codeNotRecognised: String {
        "Deze code opent geen scan. Controleer de letters en cijfers op je strookje en probeer het opnieuw, of vraag het aan wie je het strookje gaf."
    }
    var codeTooManyTries: String { "Hier zijn te veel codes geprobeerd. Wacht een kwartier en probeer het dan opnieuw." }
    func slipInstructions(address: String) -> [String] {
        ["Je persoonlijke code voor de leerscan.", "Ga naar \(address)", "en typ deze code:"]
    }
    var slipsHeading: String { "Geprinte codes" }
    var slipsHint: String {
        "Voor mensen zonder e-mail: een pdf met strookjes om te knippen en te vouwen, acht per pagina, met het personeelsnummer aan de buitenkant en een persoonlijke code binnenin. Print herinneringen voor wie nog niet klaar is."
    }
    var slipsUnitLabel: String { "Eenheid (met onderliggende eenheden)" }
    var slipsAllUnits: String { "Alle eenheden" }
    var slipsUnfinishedLabel: String { "Alleen wie nog niet klaar is" }
    var slipsSubmit: String { "Strookjes downloaden (pdf)" }
    var slipsNeedAnOpenWave: String {
        "Strookjes kunnen geprint worden zodra de meting open is: dan krijgt iedereen een persoonlijke link en code."
    }
    var kioskHeading: String { "Gedeeld apparaat" }
    var kioskHint: String {
        "Maakt van deze browser (een tablet in de teamruimte) een apparaat waarop mensen na elkaar hun code typen. U wordt er uitgelogd; na elke scan, en na drie minuten zonder nieuwe pagina, keert het terug naar de code, en niemand kan terug naar de pagina's van de vorige persoon."
    }
    var kioskSubmit: String { "Maak van deze browser een gedeeld apparaat" }
    var kioskNeedsAnOpenWave: String { "Een gedeeld apparaat kan starten zolang de meting open is." }
    func kioskNote(wave: String, unit: String?) -> String {
        "Gedeeld apparaat voor \(wave)\(unit.map { " · \($0)" } ?? ""). Als je je antwoorden hebt verstuurd, begint de volgende persoon hier."
    }
    func slipsTooMany(_ largest: Int) -> String {
        "Dat zijn meer dan \(largest) strookjes in één bestand. Kies een eenheid verderop in de boom."
    }
}
