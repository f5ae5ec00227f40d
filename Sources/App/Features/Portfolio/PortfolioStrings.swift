import Foundation
import VeerkrachtCore

/// The texts of the portfolio and programme pages.
protocol PortfolioStrings: Sendable {
    var portfolioTitle: String { get }
    var portfolioCardText: String { get }
    var portfolioEmpty: String { get }
    var newProgrammeLabel: String { get }
    var createSubmit: String { get }
    func programmeStatus(_ status: Programme.Status) -> String
    func processName(_ process: ODProcess) -> String
    func focusName(_ focus: Programme.Focus) -> String
    func levelName(_ level: Programme.Level) -> String
    func kindName(_ kind: Programme.YieldKind) -> String
    func bearerName(_ bearer: Programme.Bearer) -> String
    func verdictName(_ verdict: Programme.Verdict) -> String
    func realisationName(_ realisation: Programme.Realisation) -> String
    func programmeProblem(_ problem: ProgrammeProblem) -> String
    var programmeHasProblems: String { get }
    func programmeField(_ field: String) -> String
    var noneChoice: String { get }
    var saveSubmit: String { get }
    var addSubmit: String { get }
    var destinationHint: String { get }
    var designRulesTitle: String { get }
    var designRuleHint: String { get }
    var yieldsTitle: String { get }
    var afterwardsMark: String { get }
    var investmentsTitle: String { get }
    var evaluationTitle: String { get }
    var costsLabel: String { get }
    var roiLabel: String { get }
    var bcrLabel: String { get }
    var cycleTitle: String { get }
    var reconstructionDueLabel: String { get }
    var redesignDueLabel: String { get }
    var overdueMark: String { get }
    var markReconstructed: String { get }
    var markRedesigned: String { get }
    var reconstructionHint: String { get }
    var adjustmentsTitle: String { get }
    var k1Title: String { get }
    var k3Title: String { get }
    var k5Title: String { get }
    var loadTitle: String { get }
    var moneyLabel: String { get }
    var hoursLabel: String { get }
    var yearLabel: String { get }
    func stabilitySummary(cv: String?, cut: String?) -> String
    var paidTwiceWarning: String { get }
    func maturitySummary(programmes: String?, money: String?) -> String
    var yieldsByLevelTitle: String { get }
    var afterwardsTitle: String { get }
    var changeFatigueMark: String { get }
    var concurrentLabel: String { get }
    var hoursPerPersonLabel: String { get }
    var unchangedTitle: String { get }
    var overdueTitle: String { get }
    var nothingHere: String { get }
    var coveringPerHourLabel: String { get }
    var exportProgrammes: String { get }
    var importProgrammesTitle: String { get }
    var importProgrammesHint: String { get }
    var importProgrammesSubmit: String { get }
    var importUnreadable: String { get }
    func importRowProblem(line: Int, column: String, _ message: String) -> String
    var reconstructionTitle: String { get }
    func reconstructionStep(_ step: Int) -> String
}
