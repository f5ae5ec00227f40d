import Foundation
import VeerkrachtCore

extension English {
    var followUpTitle: String { "Follow-up pulse" }
    var followUpIntro: String {
        "A short measurement with only the questions this action aims at, among the same people. Once it has closed you see the score of the last full wave here beside the pulse's, with the test the trend page uses."
    }
    var followUpLink: String { "Follow-up" }
    var followUpNone: String { "No follow-up pulse has been scheduled for this action yet." }
    var pulseScheduleHeading: String { "Schedule a follow-up pulse" }
    var pulseQuestionsLabel: String { "Questions" }
    var pulseUnitLabel: String { "For whom" }
    var pulseWeeksLabel: String { "Weeks after the action's due date" }
    var pulseWeeksHint: String { "The pulse opens that day at 8:00; 0 to 52 weeks." }
    var pulseDaysLabel: String { "Days open" }
    var pulseSubmit: String { "Schedule the pulse" }
    func pulseProblem(_ problem: PulsePlan.Problem) -> String {
        switch problem {
        case .noQuestion: "Choose at least one question to measure again."
        case .unknownQuestion: "One of the chosen questions does not exist."
        case .weeksOutOfRange:
            "Enter a number of weeks from \(PulsePlan.weeksAfterDue.lowerBound) to \(PulsePlan.weeksAfterDue.upperBound)."
        case .daysOutOfRange: "Enter a number of days from \(PulsePlan.openDays.lowerBound) to \(PulsePlan.openDays.upperBound)."
        }
    }
    func pulseOpeningPassed(_ moment: String) -> String {
        "The pulse would open on \(moment), which has passed. Choose more weeks after the due date."
    }
    func pulseTooClose(gapWeeks: Int, waves: String, earliest: String) -> String {
        "Two waves for the same people are at least \(gapWeeks) weeks apart, and this pulse comes too close to \(waves). It could open on \(earliest) at the earliest."
    }
    var pulseNobodyInScope: String { "This unit has no active people; nothing was scheduled." }
    func pulseBaseline(_ wave: String) -> String { "The pulse is compared with the last full wave for this group: ‘\(wave)’." }
    func pulseBaselineTooSmall(_ wave: String, questions: String) -> String {
        "Note: in ‘\(wave)’ too few people of this group answered \(questions) to be shown. There is no ‘before’, so the pulse will show only ‘after’, and only if enough people answer."
    }
    var pulseNoBaseline: String { "No full wave for this group has closed yet. The pulse will then show only ‘after’." }
    func pulseName(_ what: String) -> String { "Follow-up: \(what)" }
    func pulseScheduled(_ name: String, opens: String) -> String {
        "‘\(name)’ is scheduled and opens on \(opens). Its personal links and codes are ready on the wave."
    }
    func pulsePhase(_ phase: WaveLifecycle.Phase, period: String) -> String {
        switch phase {
        case .draft: "Draft, not confirmed yet (\(period))."
        case .planned: "Scheduled: \(period)."
        case .open: "Open: \(period). The outcome follows when it closes."
        case .closed: "Closed (\(period))."
        }
    }
    var beforeLabel: String { "Before" }
    var afterLabel: String { "After" }
    var followUpDifferenceLabel: String { "Difference (95% interval)" }
    var followUpTooFew: String { "Too few answers to show" }
    var followUpNoBefore: String { "No ‘before’ to compare with" }
    func followUpLine(question: String, before: String, after: String, difference: String, interval: String?) -> String {
        "\(question): \(before) → \(after) (difference \(difference)\(interval.map { "; 95% interval \($0)" } ?? ""))."
    }
    var followUpsTitle: String { "Actions with a follow-up pulse" }
    var pulseMark: String { "pulse" }
    var rhythmHeading: String { "Repeat as a pulse" }
    var rhythmHint: String {
        "A rhythm prepares each run as a draft. Nobody is invited until you open that run, and a run that falls too close to another wave for the same people is refused."
    }
    var rhythmMonthsLabel: String { "How often" }
    func rhythmEvery(_ months: Int) -> String { "Every \(months) months" }
    var rhythmScalesLabel: String { "Which scales" }
    var rhythmSubmit: String { "Set the rhythm" }
    func rhythmProblem(_ problem: Rhythm.Problem) -> String {
        switch problem {
        case .monthsNotAllowed: "Choose every 3, 4 or 6 months."
        case .noScale: "Choose at least one scale."
        case .unknownScale: "A chosen scale does not belong to this wave."
        }
    }
    func rhythmActive(every months: Int, scales: String) -> String {
        "This wave is repeated every \(months) months as a pulse with \(scales)."
    }
    var rhythmStop: String { "Stop the rhythm" }
    var rhythmStopped: String { "The rhythm has stopped; its drafts were removed." }
    var rhythmExists: String { "This wave already has a rhythm." }
    var rhythmNeedsAFullWave: String { "Only an opened full wave can be given a rhythm." }
    func rhythmDraftNotice(source: String) -> String {
        "This is a prepared run of the rhythm of ‘\(source)’. Nobody receives anything until you open the wave; the next run is prepared then."
    }
    func pulseRunName(_ source: String, opens: String) -> String { "Pulse \(opens): \(source)" }
    func rhythmRunPrepared(_ name: String, opens: String) -> String {
        "The next run is ready as a draft: ‘\(name)’, opening on \(opens). Nobody receives anything until you open it."
    }
    func rhythmRunMoved(gapWeeks: Int, waves: String) -> String {
        "That run was set later than the rhythm, to keep \(gapWeeks) weeks from \(waves)."
    }
    var gapHeading: String { "Time between waves" }
    var gapLabel: String { "Minimum number of weeks between two waves for the same people" }
    var gapHint: String { "Applies to follow-up pulses and rhythms, against survey fatigue. 8 weeks unless changed." }
    var gapSubmit: String { "Save" }
    func gapProblem(_ allowed: ClosedRange<Int>) -> String {
        "Enter a number of weeks from \(allowed.lowerBound) to \(allowed.upperBound). Nothing was changed."
    }
    func gapSaved(_ weeks: Int) -> String { "Two waves for the same people are now at least \(weeks) weeks apart." }
}
