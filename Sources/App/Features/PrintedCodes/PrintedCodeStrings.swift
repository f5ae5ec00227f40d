import Foundation

/// Printed personal codes: the slips an advisor prints and the page where a code is typed.
protocol PrintedCodeStrings: Sendable {
    var codeEntryTitle: String { get }
    var codeEntryIntro: String { get }
    var codeEntryLabel: String { get }
    var codeEntryHint: String { get }
    var codeEntrySubmit: String { get }
    var codeNotRecognised: String { get }
    var codeTooManyTries: String { get }
    func slipInstructions(address: String) -> [String]
    var slipsHeading: String { get }
    var slipsHint: String { get }
    var slipsUnitLabel: String { get }
    var slipsAllUnits: String { get }
    var slipsUnfinishedLabel: String { get }
    var slipsSubmit: String { get }
    var slipsNeedAnOpenWave: String { get }
    func slipsTooMany(_ largest: Int) -> String
    var kioskHeading: String { get }
    var kioskHint: String { get }
    var kioskSubmit: String { get }
    var kioskNeedsAnOpenWave: String { get }
    func kioskNote(wave: String, unit: String?) -> String
}
