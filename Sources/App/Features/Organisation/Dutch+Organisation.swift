import Foundation
import VeerkrachtCore

/// The tree of units.
extension Dutch {
    var unitsTitle: String { "Eenheden" }
    func unitCount(_ count: Int) -> String { count == 1 ? "1 actieve eenheid" : "\(count) actieve eenheden" }
    var unitsEmpty: String { "Er zijn nog geen eenheden. Begin bovenaan, bijvoorbeeld met een divisie of afdeling." }
    var codeLabel: String { "Code" }
    var statusHeading: String { "Status" }
    var active: String { "actief" }
    var archived: String { "gearchiveerd" }
    var unitCreateHeading: String { "Eenheid toevoegen" }
    var unitCodeHint: String { "Optioneel: de code uit het HR-systeem. Een import mag naar de code of naar het pad verwijzen." }
    var parentLabel: String { "Valt onder" }
    var topLevel: String { "(bovenste niveau)" }
    var unitCreateSubmit: String { "Eenheid toevoegen" }
    var backToUnits: String { "Terug naar alle eenheden" }
    var unitRenameHeading: String { "Naam en code" }
    var save: String { "Opslaan" }
    var unitMoveHeading: String { "Verplaatsen" }
    var unitMoveSubmit: String { "Verplaatsen" }
    var unitArchiveHeading: String { "Archiveren" }
    var unitArchiveHint: String {
        "Een gearchiveerde eenheid en alles eronder verdwijnen uit keuzelijsten en imports, maar hun geschiedenis blijft bewaard. Archiveren kan pas als er geen actieve mensen meer in zitten."
    }
    var unitArchiveSubmit: String { "Archiveren" }
    var unitRestoreSubmit: String { "Terugzetten" }
    func unitCreated(name: String) -> String { "Eenheid ‘\(name)’ is toegevoegd." }
    var unitNameTaken: String { "Op deze plek bestaat al een eenheid met deze naam." }
    var unitCodeTaken: String { "Deze code is al in gebruik bij een andere eenheid." }
    var unitNameHasSeparator: String { "Een naam mag geen / bevatten: die scheidt in een import de niveaus van het pad." }
    var unitMoveInvalid: String {
        "Een eenheid kan niet onder zichzelf, onder een eigen onderdeel of onder een gearchiveerde eenheid komen."
    }
    func unitHasPeople(_ count: Int) -> String {
        count == 1
            ? "Er zit nog 1 actieve persoon in deze eenheid of eronder. Verplaats die eerst, bijvoorbeeld met een import."
            : "Er zitten nog \(count) actieve mensen in deze eenheid of eronder. Verplaats hen eerst, bijvoorbeeld met een import."
    }
    var unitRestoreBlocked: String { "Zet eerst de bovenliggende eenheid terug." }
}
