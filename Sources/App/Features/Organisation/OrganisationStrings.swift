import Foundation
import VeerkrachtCore

/// The tree of units.
protocol OrganisationStrings: Sendable {
    var unitsTitle: String { get }
    func unitCount(_ count: Int) -> String
    var unitsEmpty: String { get }
    var codeLabel: String { get }
    var statusHeading: String { get }
    var active: String { get }
    var archived: String { get }
    var unitCreateHeading: String { get }
    var unitCodeHint: String { get }
    var parentLabel: String { get }
    var topLevel: String { get }
    var unitCreateSubmit: String { get }
    var backToUnits: String { get }
    var unitRenameHeading: String { get }
    var save: String { get }
    var unitMoveHeading: String { get }
    var unitMoveSubmit: String { get }
    var unitArchiveHeading: String { get }
    var unitArchiveHint: String { get }
    var unitArchiveSubmit: String { get }
    var unitRestoreSubmit: String { get }
    func unitCreated(name: String) -> String
    var unitNameTaken: String { get }
    var unitCodeTaken: String { get }
    var unitNameHasSeparator: String { get }
    var unitMoveInvalid: String { get }
    func unitHasPeople(_ count: Int) -> String
    var unitRestoreBlocked: String { get }
}
