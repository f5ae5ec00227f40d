import Foundation
import VeerkrachtCore

/// Follow-up pulses on actions, rhythms of pulses and the gap between waves.
protocol PulseStrings: Sendable {
    var followUpTitle: String { get }
    var followUpIntro: String { get }
    var followUpLink: String { get }
    var followUpNone: String { get }
    var pulseScheduleHeading: String { get }
    var pulseQuestionsLabel: String { get }
    var pulseUnitLabel: String { get }
    var pulseWeeksLabel: String { get }
    var pulseWeeksHint: String { get }
    var pulseDaysLabel: String { get }
    var pulseSubmit: String { get }
    func pulseProblem(_ problem: PulsePlan.Problem) -> String
    func pulseOpeningPassed(_ moment: String) -> String
    /// `waves`: the waves in the way, each quoted with its period, already joined.
    func pulseTooClose(gapWeeks: Int, waves: String, earliest: String) -> String
    var pulseNobodyInScope: String { get }
    func pulseBaseline(_ wave: String) -> String
    func pulseBaselineTooSmall(_ wave: String, questions: String) -> String
    var pulseNoBaseline: String { get }
    func pulseName(_ what: String) -> String
    func pulseScheduled(_ name: String, opens: String) -> String
    func pulsePhase(_ phase: WaveLifecycle.Phase, period: String) -> String
    var beforeLabel: String { get }
    var afterLabel: String { get }
    var followUpDifferenceLabel: String { get }
    var followUpTooFew: String { get }
    var followUpNoBefore: String { get }
    func followUpLine(question: String, before: String, after: String, difference: String, interval: String?) -> String
    var followUpsTitle: String { get }
    var pulseMark: String { get }
    var rhythmHeading: String { get }
    var rhythmHint: String { get }
    var rhythmMonthsLabel: String { get }
    func rhythmEvery(_ months: Int) -> String
    var rhythmScalesLabel: String { get }
    var rhythmSubmit: String { get }
    func rhythmProblem(_ problem: Rhythm.Problem) -> String
    func rhythmActive(every months: Int, scales: String) -> String
    var rhythmStop: String { get }
    var rhythmStopped: String { get }
    var rhythmExists: String { get }
    var rhythmNeedsAFullWave: String { get }
    func rhythmDraftNotice(source: String) -> String
    func pulseRunName(_ source: String, opens: String) -> String
    func rhythmRunPrepared(_ name: String, opens: String) -> String
    func rhythmRunMoved(gapWeeks: Int, waves: String) -> String
    var gapHeading: String { get }
    var gapLabel: String { get }
    var gapHint: String { get }
    var gapSubmit: String { get }
    func gapProblem(_ allowed: ClosedRange<Int>) -> String
    func gapSaved(_ weeks: Int) -> String
}
