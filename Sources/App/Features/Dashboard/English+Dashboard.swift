import Foundation
import VeerkrachtCore

extension English {
    var dashboardTitle: String { "How sustainably do we learn?" }
    var dashboardCardText: String { "Dashboard: resilience or exhaustion, and the five core questions" }
    var dashboardIntro: String {
        "Per question what people perceive (the scan) next to what the portfolio shows (the facts), with a verdict and the rule that gives it. Strengths come first."
    }
    var firstStepsTitle: String { "Where to start?" }
    var firstStepScan: String { "Run a wave with the DLO scan: then you know how people here experience learning and development." }
    var firstStepPortfolio: String {
        "Put the learning and development programmes in the portfolio, with their destination, assumptions, yields and investments: then you see the facts."
    }
    var startWaveLink: String { "Run a wave" }
    var openPortfolioLink: String { "Go to the portfolio" }
    var noScanYet: String { "There is no wave with the DLO scan yet; the verdicts rest on the portfolio alone for now." }
    var noPortfolioYet: String { "The portfolio is still empty; the verdicts rest on the scan alone for now." }
    func scanSuppressed(threshold: Int) -> String {
        "This group has fewer than \(threshold) answers in the latest wave (or could be derived from other groups), so the scan is not shown."
    }
    func perceptionFrom(wave: String) -> String { "Perception from the wave ‘\(wave)’." }
    var noLOScanYet: String { "There is no wave with the Learning Organisation scan yet." }
    var verdictLabel: String { "Verdict" }
    var ruleLabel: String { "Rule" }
    var signalLabel: String { "Signal" }
    var sourceLabel: String { "Source" }
    var figureLabel: String { "Figure" }
    var sourceScan: String { "Scan" }
    var sourcePortfolio: String { "Portfolio" }
    var summaryTitle: String { "At a glance" }
    var noVerdict: String { "no figures yet" }
    var propertiesTitle: String { "Five properties of a learning organisation" }
    var propertiesIntro: String { "From the Learning Organisation scan; the verdict follows the rule for perception and change." }
    var overdueActionsTitle: String { "Actions past their date" }
    var readingGuideTitle: String { "How we read the figures" }
    var readingGuideIntro: String {
        "Every verdict on the dashboard comes from a fixed rule. Here each rule says what it reads and where its limits lie. Only groups large enough to stay anonymous count."
    }
    var readingGuideLink: String { "How we read the figures" }
    var verdictsExplained: String { "Strong: something to build on. Attention: talk about it. Concern: something is needed now." }
    var everyQuestion: String { "For every question with a scale in the scan." }

    var conversationsTitle: String { "The conversation about sustainable learning" }
    var conversationsCardText: String { "Conversation guide, notes and agreed actions" }
    var conversationsEmpty: String { "No conversation has been planned yet." }
    var conversationStartTitle: String { "Prepare a conversation" }
    var conversationTitleLabel: String { "Title" }
    var conversationTitleMissing: String { "Give the conversation a title." }
    var plannedOnLabel: String { "Date" }
    var dateHint: String { "As YYYY-MM-DD, for example 2027-01-15." }
    var dateMissingOrMalformed: String { "Enter an existing date as YYYY-MM-DD." }
    var startSubmit: String { "Make the guide" }
    func plannedOn(_ day: String) -> String { "Planned for \(day)" }
    func heldOn(_ day: String) -> String { "Held on \(day)" }
    var openActionsTitle: String { "Open actions from earlier conversations" }
    var noOpenActions: String { "No actions are open." }
    var keyFiguresTitle: String { "Key figures" }
    var frozenFigures: String { "The figures as they were when the conversation was held." }
    var reflectionTitle: String { "Questions to open the conversation" }
    var notesLabel: String { "Notes" }
    var saveNotes: String { "Save notes" }
    var agreedActionsTitle: String { "Agreed actions" }
    var actionWhatLabel: String { "What" }
    var actionWhoLabel: String { "Who" }
    var actionDueLabel: String { "By" }
    var actionTopicLabel: String { "Question" }
    var actionProgrammeLabel: String { "Programme (optional)" }
    var actionStatusLabel: String { "Status" }
    var actionNoteLabel: String { "Comment" }
    var addActionSubmit: String { "Add action" }
    var updateSubmit: String { "Update" }
    var unknownStatus: String { "Choose open, done or dropped." }
    var noteTooLong: String { "Keep the notes under 10,000 characters." }
    func actionStatus(_ status: ConversationAction.Status) -> String {
        switch status {
        case .open: "Open"
        case .done: "Done"
        case .dropped: "Dropped"
        }
    }
    func actionProblem(_ problem: ConversationAction.Problem) -> String {
        switch problem {
        case .whatMissing: "Write down what will happen."
        case .whoMissing: "Write down who does it."
        case .dueMissing: "Choose the date it is done by."
        case .dueMalformed: "Enter an existing date as YYYY-MM-DD."
        case .topicUnknown: "Choose which question the action belongs to."
        case .programmeUnknown: "That programme is not in the portfolio."
        case .tooLong: "Keep ‘what’ under 500 and ‘who’ under 200 characters."
        }
    }
    var overdueMarkAction: String { "past its date" }
    var markHeldSubmit: String { "The conversation was held" }
    var markHeldHint: String { "Records today's date and keeps the figures as they are now, for the minutes." }
    var agendaLink: String { "Agenda (print)" }
    var minutesLink: String { "Minutes (print)" }
    func agendaTitle(_ title: String) -> String { "Agenda: \(title)" }
    func minutesTitle(_ title: String) -> String { "Minutes: \(title)" }
    var notesLines: String { "Notes:" }
    var noNotes: String { "No notes." }
    var printA4Hint: String { "Use the browser's print function; the page is laid out for A4." }

    var reportTitle: String { "Sustainable learning report" }
    var reportLink: String { "Report (print or PDF)" }
    var contentsTitle: String { "Contents" }
    func reportMade(on day: String) -> String { "Made on \(day)." }
    var latestResultsTitle: String { "Latest results" }
    var portfolioSummaryTitle: String { "The portfolio in brief" }
    var investmentChartTitle: String { "Investment per year (money)" }
    var programmesByStatus: String { "Programmes by status" }
}
