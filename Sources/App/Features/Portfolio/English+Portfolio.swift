import Foundation
import VeerkrachtCore

extension English {
    var portfolioTitle: String { "Portfolio" }
    var portfolioCardText: String { "Learning programmes: destination, yield, investment" }
    var portfolioEmpty: String { "There are no programmes in the portfolio yet." }
    var newProgrammeLabel: String { "New programme" }
    var createSubmit: String { "Add" }
    func programmeStatus(_ status: Programme.Status) -> String {
        switch status {
        case .idea: "Idea"
        case .design: "Design"
        case .running: "Running"
        case .completed: "Completed"
        case .stopped: "Stopped"
        }
    }
    func processName(_ process: ODProcess) -> String {
        switch process {
        case .besluitvorming: "Decision-making"
        case .creatie: "Creation"
        case .cohesie: "Cohesion"
        case .navigeren: "Navigating"
        case .persoonlijkeOntwikkeling: "Personal development"
        case .professionalisering: "Professionalisation"
        case .samenwerking: "Collaboration"
        }
    }
    func focusName(_ focus: Programme.Focus) -> String {
        switch focus {
        case .individual: "Individual development"
        case .organisation: "Organisation development"
        case .both: "Both"
        }
    }
    func levelName(_ level: Programme.Level) -> String {
        switch level {
        case .individual: "Individual"
        case .collective: "Collective"
        case .organisation: "Organisation"
        }
    }
    func kindName(_ kind: Programme.YieldKind) -> String {
        switch kind {
        case .measurableResult: "Measurable result"
        case .noticeableChange: "Noticeable change"
        case .productDelivered: "Product delivered"
        }
    }
    func bearerName(_ bearer: Programme.Bearer) -> String { bearer == .organisation ? "Organisation" : "The employee" }
    func verdictName(_ verdict: Programme.Verdict) -> String {
        switch verdict {
        case .open: "Not judged yet"
        case .held: "Held"
        case .notHeld: "Did not hold"
        }
    }
    func realisationName(_ realisation: Programme.Realisation) -> String {
        switch realisation {
        case .realised: "Realised"
        case .partly: "Partly"
        case .notRealised: "Not"
        }
    }
    func programmeProblem(_ problem: ProgrammeProblem) -> String {
        switch problem {
        case .nameMissing: "Give the programme a name."
        case .endBeforeStart: "The end date is before the start date."
        case .negative(let field): "\(programmeField(field)) cannot be negative."
        case .runningWithoutDestination:
            "A programme can only run once its destination is described: which issue in the work does it solve?"
        case .yieldWithoutIndicator: "A yield needs an indicator: how will you see it is there?"
        case .shareOutOfRange: "The attributed share lies between 0 and 100%."
        case .participantsNegative: "The number of participants cannot be negative."
        case .yearOutOfRange(let year): "\(year) is not a usable year."
        case .reasonMissing: "Give the reason for the adjustment."
        case .notANumber(let field): "\(programmeField(field)): enter a number, such as 1250 or 1,250.50."
        case .notADate(let field): "\(programmeField(field)): enter a date such as 2026-03-01 or 1-3-2026."
        case .unknownChoice(let field): "\(programmeField(field)): choose one of the options."
        case .duplicateName: "A programme with this name already exists."
        case .required(let field): "\(programmeField(field)) is required."
        case .tooLong(let field, let maximum): "\(programmeField(field)) can be at most \(maximum) characters long."
        case .tooLarge(let field): "\(programmeField(field)) is too large to count with."
        case .controlCharacter(let field): "\(programmeField(field)) holds an invisible control character; please type the text again."
        }
    }
    var programmeHasProblems: String { "Nothing was saved. Please correct:" }
    func programmeField(_ field: String) -> String {
        [
            "name": "Name", "owner": "Owner", "status": "Status", "start": "Start", "end": "End", "destination": "Destination",
            "process": "OD process", "focus": "Design focus", "target_units[]": "Target group (units)",
            "target_levels": "Target group (levels)",
            "participants": "Number of participants", "based_on_own_wishes": "Built on participants' own wishes",
            "assumption": "Design rule", "verdict": "Verdict", "note": "Note", "level": "Level", "kind": "Kind",
            "indicator": "Indicator", "target": "Target", "measured_on": "Moment of measurement", "realisation": "Realised?",
            "evidence": "Evidence", "year": "Year", "money": "External money (€)", "participant_hours": "Participant hours",
            "covering_hours": "Hours of colleagues covering", "bearer": "Borne by", "benefits": "Benefits (€)",
            "attributed_share": "Attributed to the programme (%)", "hourly_cost": "Cost per hour (€)", "date": "Date",
            "reason": "Reason", "index": "Line", "assumption_1": "Assumption 1", "indicator_1": "Indicator 1"
        ][field] ?? field
    }
    var noneChoice: String { "—" }
    var saveSubmit: String { "Save" }
    var addSubmit: String { "Add" }
    var destinationHint: String { "The issue in the work the programme must solve, in your own words. Required before the programme runs." }
    var designRulesTitle: String { "Design rules" }
    var designRuleHint: String { "An assumption behind a choice: ‘we expect X here because Y’." }
    var yieldsTitle: String { "Expected yields" }
    var afterwardsMark: String { "added afterwards" }
    var investmentsTitle: String { "Investments per year" }
    var evaluationTitle: String { "Evaluation and return" }
    var costsLabel: String { "Costs" }
    var roiLabel: String { "ROI" }
    var bcrLabel: String { "Benefit-cost ratio" }
    var cycleTitle: String { "Cycle" }
    var reconstructionDueLabel: String { "Reconstruction due" }
    var redesignDueLabel: String { "Redesign due" }
    var overdueMark: String { "overdue" }
    var markReconstructed: String { "Record a reconstruction" }
    var markRedesigned: String { "Record a redesign" }
    var reconstructionHint: String {
        "Was the programme never designed this way? Then reconstruct it after the fact: describe the destination, the assumptions and the expected yields as they were meant, and record the reconstruction here."
    }
    var adjustmentsTitle: String { "Adjustments along the way" }
    var k1Title: String { "K1 Yield of the investment" }
    var k3Title: String { "K3 Giving and taking" }
    var k5Title: String { "K5 Flexibility" }
    var loadTitle: String { "Load per unit" }
    var moneyLabel: String { "Money (€)" }
    var hoursLabel: String { "Hours" }
    var yearLabel: String { "Year" }
    func stabilitySummary(cv: String?, cut: String?) -> String {
        "Coefficient of variation \(cv ?? "–"); largest cut from one year to the next: \(cut ?? "none")."
    }
    var paidTwiceWarning: String { "Watch out: a year was cut hard and later more was spent than before the cut — paying twice." }
    func maturitySummary(programmes: String?, money: String?) -> String {
        "Designed beforehand (destination, design rules and yields before the start): \(programmes ?? "–") of programmes, \(money ?? "–") of the money."
    }
    var yieldsByLevelTitle: String { "Yields by level" }
    var afterwardsTitle: String { "Added afterwards (counted apart)" }
    var changeFatigueMark: String { "change fatigue?" }
    var concurrentLabel: String { "Running programmes" }
    var hoursPerPersonLabel: String { "Hours per person per month" }
    var unchangedTitle: String { "Unchanged for years" }
    var overdueTitle: String { "Reconstruction or redesign overdue" }
    var nothingHere: String { "None." }
    var coveringPerHourLabel: String { "Covering hours per participant hour" }
    var exportProgrammes: String { "Programmes (CSV)" }
    var importProgrammesTitle: String { "Import programmes (CSV)" }
    var importProgrammesHint: String {
        "Columns as in the export: name, owner, status, start, end, process, focus, destination, participants, target_levels. All or nothing: with one error nothing is added."
    }
    var importProgrammesSubmit: String { "Import" }
    var importUnreadable: String { "This file cannot be read as CSV." }
    func importRowProblem(line: Int, column: String, _ message: String) -> String { "Line \(line), column \(column): \(message)" }
    var reconstructionTitle: String { "Reconstruction after the fact" }
    func reconstructionStep(_ step: Int) -> String {
        [
            "1. Which issue in the work was the programme to solve?", "2. Which assumptions were behind the choices?",
            "3. Which yields were expected, and how would you see them?"
        ][step - 1]
    }
}
