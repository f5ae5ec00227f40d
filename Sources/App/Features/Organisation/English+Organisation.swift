import Foundation
import VeerkrachtCore

/// The tree of units.
extension English {
    var unitsTitle: String { "Units" }
    func unitCount(_ count: Int) -> String { count == 1 ? "1 active unit" : "\(count) active units" }
    var unitsEmpty: String { "There are no units yet. Start at the top, for example with a division or department." }
    var codeLabel: String { "Code" }
    var statusHeading: String { "Status" }
    var active: String { "active" }
    var archived: String { "archived" }
    var unitCreateHeading: String { "Add a unit" }
    var unitCodeHint: String { "Optional: the code from the HR system. An import may refer to a unit by its code or by its path." }
    var parentLabel: String { "Belongs to" }
    var topLevel: String { "(top level)" }
    var unitCreateSubmit: String { "Add unit" }
    var backToUnits: String { "Back to all units" }
    var unitRenameHeading: String { "Name and code" }
    var save: String { "Save" }
    var unitMoveHeading: String { "Move" }
    var unitMoveSubmit: String { "Move" }
    var unitArchiveHeading: String { "Archive" }
    var unitArchiveHint: String {
        "An archived unit and everything below it leave the choice lists and imports, but their history is kept. A unit can be archived once no active people are left in it."
    }
    var unitArchiveSubmit: String { "Archive" }
    var unitRestoreSubmit: String { "Restore" }
    func unitCreated(name: String) -> String { "Unit ‘\(name)’ has been added." }
    var unitNameTaken: String { "There is already a unit with this name in this place." }
    var unitCodeTaken: String { "This code is already used by another unit." }
    var unitNameHasSeparator: String { "A name may not contain /: in an import it separates the levels of a path." }
    var unitMoveInvalid: String { "A unit cannot be placed under itself, under one of its own parts, or under an archived unit." }
    func unitHasPeople(_ count: Int) -> String {
        count == 1
            ? "There is still 1 active person in this unit or below it. Move them first, for example with an import."
            : "There are still \(count) active people in this unit or below it. Move them first, for example with an import."
    }
    var unitRestoreBlocked: String { "Restore the unit above it first." }
}
