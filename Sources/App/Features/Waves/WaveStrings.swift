import Foundation
import VeerkrachtCore

/// The texts of the wave pages and the invitation mail.
protocol WaveStrings: Sendable {
    var wavesTitle: String { get }
    var wavesCardText: String { get }
    var wavesEmpty: String { get }
    var waveNewTitle: String { get }
    var instrumentsLabel: String { get }
    var periodLabel: String { get }
    func wavePhase(_ phase: WaveLifecycle.Phase) -> String
    var waveFormHasProblems: String { get }
    var waveEditHasProblems: String { get }
    func waveEditTitle(_ name: String) -> String
    var waveEditLink: String { get }
    var backToWave: String { get }
    func waveEditableExplained(_ editable: WaveLifecycle.Editable) -> String
    func timeZoneShown(_ zone: String) -> String
    var waveDeleteHeading: String { get }
    var waveDeleteExplained: String { get }
    var waveDeleteConfirmation: String { get }
    var waveDeleteSubmit: String { get }
    var waveDeleteNotConfirmed: String { get }
    var waveCloseConfirmation: String { get }
    var waveCloseNotConfirmed: String { get }
    func waveProblem(_ problem: WaveSettings.Problem) -> String
    func itemCount(_ count: Int) -> String
    var unitsInScopeLabel: String { get }
    var unitsInScopeHint: String { get }
    var opensAtLabel: String { get }
    var closesAtLabel: String { get }
    var timeZoneLabel: String { get }
    var timeZoneHint: String { get }
    var thresholdLabel: String { get }
    var openAnswerThresholdLabel: String { get }
    var openAnswerThresholdHint: String { get }
    func thresholdHint(minimum: Int) -> String
    var languagesLabel: String { get }
    var waveCreateSubmit: String { get }
    var waveOpenExplained: String { get }
    var waveOpenSubmit: String { get }
    var waveCloseSubmit: String { get }
    var waveReopenSubmit: String { get }
    func liveResultsExplained(_ live: Bool, threshold: Int) -> String
    func liveResultsToggle(_ live: Bool) -> String
    var liveResultsChoiceMissing: String { get }
    var resultsWithheld: String { get }
    func waveOpened(invited: Int) -> String
    var waveNobodyInScope: String { get }
    func waveMoveRefused(_ refusal: WaveLifecycle.Refusal) -> String
    var downloadLinks: String { get }
    var downloadReminders: String { get }
    var linksAreSecret: String { get }
    var responseRateTitle: String { get }
    func responseRateExplained(threshold: Int) -> String
    var invitedLabel: String { get }
    var startedLabel: String { get }
    var completedLabel: String { get }
    var responseRateLabel: String { get }
    var totalLabel: String { get }
    var belowThreshold: String { get }
    var mailNotConfigured: String { get }
    func mailQueued(_ count: Int) -> String
    func mailStatus(waiting: Int, sent: Int, failing: Int) -> String
    func mailLastError(_ error: String) -> String
    var mailInvitationsSubmit: String { get }
    var mailRemindersSubmit: String { get }
    func invitationSubject(wave: String) -> String
    func reminderSubject(wave: String) -> String
    func invitationBody(wave: String, link: String, closes: String, reminder: Bool) -> String
}
