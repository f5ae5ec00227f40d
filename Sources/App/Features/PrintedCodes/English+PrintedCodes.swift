import Foundation

extension English {
    var codeEntryTitle: String { "Start with your code" }
    var codeEntryIntro: String { "Type the code from your slip. It opens your own scan; your answers stay anonymous." }
    var codeEntryLabel: String { "Your code" }
    var codeEntryHint: String { "Twelve letters and digits, such as K7QM-3XTP-9WAB. Dashes and capitals do not matter." }
    var codeEntrySubmit: String { "Start" }
    var codeNotRecognised: String {
        "This code does not open a scan. Check the letters and digits on your slip and try again, or ask the person who gave it to you."
    }
    var codeTooManyTries: String { "Too many codes were tried here. Please wait a quarter of an hour and try again." }
    func slipInstructions(address: String) -> [String] {
        ["Your personal code for the learning scan.", "Go to \(address)", "and type this code:"]
    }
    var slipsHeading: String { "Printed codes" }
    var slipsHint: String {
        "For people without e-mail: a PDF of slips to cut and fold, eight to a page, each with the person's id outside and a personal code inside. Print reminders for those who have not finished yet."
    }
    var slipsUnitLabel: String { "Unit (with its sub-units)" }
    var slipsAllUnits: String { "All units" }
    var slipsUnfinishedLabel: String { "Only those who have not finished" }
    var slipsSubmit: String { "Download slips (PDF)" }
    var slipsNeedAnOpenWave: String { "Slips can be printed once the wave is open: that is when everyone gets a personal link and code." }
    var kioskHeading: String { "Shared device" }
    var kioskHint: String {
        "Turns this browser (a tablet in the staff room) into a device where people type their code one after another. You are signed out of it; after each scan, and after three minutes without a page, it returns to code entry, and nobody can go back to the previous person's pages."
    }
    var kioskSubmit: String { "Make this browser a shared device" }
    var kioskNeedsAnOpenWave: String { "A shared device can be started while the wave is open." }
    func kioskNote(wave: String, unit: String?) -> String {
        "Shared device for \(wave)\(unit.map { " · \($0)" } ?? ""). When you have sent your answers, the next person starts here."
    }
    func slipsTooMany(_ largest: Int) -> String { "That is more than \(largest) slips in one file. Choose a unit further down the tree." }
}
