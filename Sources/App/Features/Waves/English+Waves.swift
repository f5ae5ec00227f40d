import Foundation
import VeerkrachtCore

extension English {
    var wavesTitle: String { "Waves" }
    var wavesCardText: String { "Send out scans, links and response" }
    var wavesEmpty: String { "There is no wave yet. An advisor prepares one." }
    var waveNewTitle: String { "New wave" }
    var instrumentsLabel: String { "Scans" }
    var periodLabel: String { "Period" }
    func wavePhase(_ phase: WaveLifecycle.Phase) -> String {
        switch phase {
        case .draft: "In preparation"
        case .planned: "Planned"
        case .open: "Open"
        case .closed: "Closed"
        }
    }
    var waveFormHasProblems: String { "The wave has not been created yet. Please change the following:" }
    func waveProblem(_ problem: WaveSettings.Problem) -> String {
        switch problem {
        case .nameMissing: "Give the wave a name."
        case .nameTooLong(let maximum): "The name can be at most \(maximum) characters long."
        case .noInstrument: "Choose at least one scan."
        case .unknownInstrument(let reference): "The scan '\(reference)' does not exist."
        case .noUnit: "Choose at least one unit."
        case .unknownUnit: "A chosen unit no longer exists or has been archived."
        case .unknownUnitPath(let path): "There is no active unit with path or code ‘\(path)’. Pick one from the list."
        case .opensAtInvalid: "Enter a valid opening moment, for example 2026-12-01T09:00."
        case .closesAtInvalid: "Enter a valid closing moment, for example 2026-12-21T17:00."
        case .closesBeforeOpening: "The closing moment must come after the opening moment."
        case .closesInThePast: "The new closing moment lies in the past. To close the wave now, use ‘Close now’ on the wave's page."
        case .unknownTimeZone: "That time zone is unknown; use a name such as Europe/Amsterdam."
        case .thresholdTooLow(let minimum): "The anonymity threshold is a whole number of at least \(minimum)."
        case .openAnswerThresholdTooLow(let minimum):
            "The threshold for open answers is a whole number of at least \(minimum), not below the anonymity threshold."
        case .thresholdTooHigh(let maximum): "The anonymity threshold is at most \(maximum)."
        case .unknownLanguage(let code): "‘\(code)’ is not a language Veerkracht speaks (nl, en)."
        case .controlCharacter: "The name holds a character nobody types; remove it."
        case .noLanguage: "Choose at least one language."
        }
    }
    func itemCount(_ count: Int) -> String { "\(count) questions" }
    var unitsInScopeLabel: String { "Units" }
    var unitsInScopeHint: String { "Their sub-units take part as well." }
    var opensAtLabel: String { "Opens" }
    var closesAtLabel: String { "Closes" }
    var timeZoneLabel: String { "Time zone" }
    var timeZoneHint: String { "Opening and closing moments are in this time zone." }
    var thresholdLabel: String { "Anonymity threshold" }
    var openAnswerThresholdLabel: String { "Threshold for open answers" }
    var openAnswerThresholdHint: String {
        "Open answers are the easiest to recognise: they show only for a group with at least this many completed scans (10 by default). Both thresholds are fixed once the wave opens."
    }
    func thresholdHint(minimum: Int) -> String { "A group with fewer completed scans than this is never shown (at least \(minimum))." }
    var languagesLabel: String { "Languages" }
    var waveCreateSubmit: String { "Create wave" }
    var waveOpenExplained: String {
        "Opening gives everyone in the chosen units a personal link. After that the scans and units are fixed."
    }
    var waveOpenSubmit: String { "Open wave" }
    var waveEditHasProblems: String { "The change has not been saved yet. Please change the following:" }
    func waveEditTitle(_ name: String) -> String { "Change wave: \(name)" }
    var waveEditLink: String { "Change wave" }
    var backToWave: String { "Back to the wave" }
    func waveEditableExplained(_ editable: WaveLifecycle.Editable) -> String {
        switch editable {
        case .everything: "The wave is still being prepared: everything can change, and you can delete it."
        case .nameAndCloseMoment:
            "The wave is open: people already have their link. Only the name and the closing moment can still change; scans, units, opening and threshold are fixed."
        case .nameOnly: "The wave is closed. Only its name can still change."
        }
    }
    func timeZoneShown(_ zone: String) -> String { "In the wave's time zone (\(zone))." }
    var waveDeleteHeading: String { "Delete wave" }
    var waveDeleteExplained: String { "Nobody has a link yet, so nothing is lost but this preparation." }
    var waveDeleteConfirmation: String { "Yes, delete this wave" }
    var waveDeleteSubmit: String { "Delete" }
    var waveDeleteNotConfirmed: String { "First tick the box to say you want to delete the wave. Nothing was deleted." }
    var waveCloseConfirmation: String { "Yes, close the wave now for everyone" }
    var waveCloseNotConfirmed: String { "First tick the box to say you want to close the wave now. The wave is still open." }
    var waveCloseSubmit: String { "Close now" }
    var waveReopenSubmit: String { "Reopen" }
    func liveResultsExplained(_ live: Bool, threshold: Int) -> String {
        live
            ? "Live results are on. They move in steps: a step appears only when every group that changes has at least \(threshold) new responses, so nobody can be recognised by a difference. Open answers appear only after closing."
            : "While the wave is open its results are hidden: whoever sees who has already answered could otherwise recognise one person by the difference. Turn on live results to show them in safe steps."
    }
    func liveResultsToggle(_ live: Bool) -> String { live ? "Turn live results off" : "Turn live results on" }
    var liveResultsChoiceMissing: String { "Choose whether live results go on or off." }
    var resultsWithheld: String { "The results appear when the wave closes. An advisor can turn on live results on the wave's page." }
    func waveOpened(invited: Int) -> String { "The wave is open: \(invited) personal links created." }
    var waveNobodyInScope: String { "Nobody works in the chosen units. Import people first." }
    func waveMoveRefused(_ refusal: WaveLifecycle.Refusal) -> String {
        switch refusal {
        case .notDraft: "This wave has already been opened."
        case .notOpen: "This wave is not open."
        case .notClosed: "This wave is not closed."
        case .pastCloseMoment: "The closing moment has passed; the wave cannot open again."
        }
    }
    var downloadLinks: String { "All links (CSV)" }
    var downloadReminders: String { "Links for a reminder: everyone not finished (CSV)" }
    var linksAreSecret: String { "Each link is personal: whoever has it can answer the scan. Send it only to the person it belongs to." }
    var responseRateTitle: String { "Response per unit" }
    func responseRateExplained(threshold: Int) -> String {
        "Counts only, never names. A unit with fewer than \(threshold) invitees shows no figures."
    }
    var invitedLabel: String { "Invited" }
    var startedLabel: String { "Started" }
    var completedLabel: String { "Completed" }
    var responseRateLabel: String { "Response" }
    var totalLabel: String { "Total" }
    var belowThreshold: String { "< threshold" }
    var mailNotConfigured: String { "No mail server is configured; download the links and send them yourself." }
    func mailQueued(_ count: Int) -> String { "\(count) mails queued; they go out within a minute." }
    func mailStatus(waiting: Int, sent: Int, failing: Int) -> String {
        "Mail: \(sent) sent, \(waiting) waiting" + (failing > 0 ? ", of which \(failing) will be retried after a failed attempt." : ".")
    }
    func mailLastError(_ error: String) -> String { "Last error: \(error)" }
    var mailInvitationsSubmit: String { "Mail invitations" }
    var mailRemindersSubmit: String { "Mail reminders" }
    func invitationSubject(wave: String) -> String { "Invitation: \(wave)" }
    func reminderSubject(wave: String) -> String { "Reminder: \(wave)" }
    func invitationBody(wave: String, link: String, closes: String, reminder: Bool) -> String {
        (reminder
            ? "You have not finished the scan '\(wave)' yet. There is time until \(closes)."
            : "You are invited to answer the scan '\(wave)'. It is open until \(closes) and takes about ten minutes.")
            + "\n\nYour personal link:\n\(link)\n\n"
            + "Your answers are stored anonymously: nobody can see what you answered. "
            + "Do not share the link; whoever has it can answer in your name.\n"
    }
}
