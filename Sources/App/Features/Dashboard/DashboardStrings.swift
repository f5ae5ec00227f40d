import Foundation
import VeerkrachtCore

/// The texts around the dashboard, the reading guide, the conversation and the report. The
/// sentences about figures themselves come from the core's `DashboardText`.
protocol DashboardStrings: Sendable {
    var dashboardTitle: String { get }
    var dashboardCardText: String { get }
    var dashboardIntro: String { get }
    var firstStepsTitle: String { get }
    var firstStepScan: String { get }
    var firstStepPortfolio: String { get }
    var startWaveLink: String { get }
    var openPortfolioLink: String { get }
    var noScanYet: String { get }
    var noPortfolioYet: String { get }
    func scanSuppressed(threshold: Int) -> String
    func perceptionFrom(wave: String) -> String
    var noLOScanYet: String { get }
    var verdictLabel: String { get }
    var ruleLabel: String { get }
    var signalLabel: String { get }
    var sourceLabel: String { get }
    var figureLabel: String { get }
    var sourceScan: String { get }
    var sourcePortfolio: String { get }
    var summaryTitle: String { get }
    var noVerdict: String { get }
    var propertiesTitle: String { get }
    var propertiesIntro: String { get }
    var overdueActionsTitle: String { get }
    var readingGuideTitle: String { get }
    var readingGuideIntro: String { get }
    var readingGuideLink: String { get }
    var verdictsExplained: String { get }
    var everyQuestion: String { get }

    // Conversation
    var conversationsTitle: String { get }
    var conversationsCardText: String { get }
    var conversationsEmpty: String { get }
    var conversationStartTitle: String { get }
    var conversationTitleLabel: String { get }
    var conversationTitleMissing: String { get }
    var plannedOnLabel: String { get }
    var dateHint: String { get }
    var dateMissingOrMalformed: String { get }
    var startSubmit: String { get }
    func plannedOn(_ day: String) -> String
    func heldOn(_ day: String) -> String
    var openActionsTitle: String { get }
    var noOpenActions: String { get }
    var keyFiguresTitle: String { get }
    var frozenFigures: String { get }
    var reflectionTitle: String { get }
    var notesLabel: String { get }
    var saveNotes: String { get }
    var agreedActionsTitle: String { get }
    var actionWhatLabel: String { get }
    var actionWhoLabel: String { get }
    var actionDueLabel: String { get }
    var actionTopicLabel: String { get }
    var actionProgrammeLabel: String { get }
    var actionStatusLabel: String { get }
    var actionNoteLabel: String { get }
    var addActionSubmit: String { get }
    var updateSubmit: String { get }
    var unknownStatus: String { get }
    var noteTooLong: String { get }
    func actionStatus(_ status: ConversationAction.Status) -> String
    func actionProblem(_ problem: ConversationAction.Problem) -> String
    var overdueMarkAction: String { get }
    var markHeldSubmit: String { get }
    var markHeldHint: String { get }
    var agendaLink: String { get }
    var minutesLink: String { get }
    func agendaTitle(_ title: String) -> String
    func minutesTitle(_ title: String) -> String
    var notesLines: String { get }
    var noNotes: String { get }
    var printA4Hint: String { get }

    // Report
    var reportTitle: String { get }
    var reportLink: String { get }
    var contentsTitle: String { get }
    func reportMade(on day: String) -> String
    var latestResultsTitle: String { get }
    var portfolioSummaryTitle: String { get }
    var investmentChartTitle: String { get }
    var programmesByStatus: String { get }
}
