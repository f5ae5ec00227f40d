import Foundation
import VeerkrachtCore

extension English {
    var resultsTitle: String { "Results" }
    var heatmapTitle: String { "Heatmap by unit" }
    var groupLabel: String { "Group" }
    var wholeOrganisation: String { "Whole organisation" }
    var everyone: String { "Everyone" }
    func dimensionName(_ dimension: BandDimension) -> String {
        switch dimension {
        case .age: "Age"
        case .gender: "Gender"
        case .tenure: "Years of service"
        }
    }
    func bandName(_ label: String, of dimension: BandDimension) -> String {
        switch (dimension, label) {
        case (.gender, "f"): "Woman"
        case (.gender, "m"): "Man"
        case (.gender, "x"): "Other"
        case (.age, _): "Aged \(label)"
        case (.tenure, _): "\(label) years of service"
        default: label
        }
    }
    var showSubmit: String { "Show" }
    var respondentsLabel: String { "n" }
    var meanLabel: String { "Mean (1–5)" }
    var hundredLabel: String { "Score (0–100)" }
    var intervalLabel: String { "95% confidence interval" }
    var alphaLabel: String { "Cronbach's α" }
    var noBreakdown: String { "Breakdown" }
    func breakdownExplained(_ dimension: String?) -> String {
        guard let dimension else { return "No group is large enough to break down by age, gender or tenure." }
        return
            "This wave is broken down by \(dimension.lowercased()) only: two characteristics together could be subtracted from each other down to a few people."
    }
    var deviationLabel: String { "Standard deviation" }
    var medianLabel: String { "Median" }
    var quartilesLabel: String { "Interquartile range (Q1 – Q3)" }
    var provisionalLabel: String { "Provisional" }
    func provisionalExplained(until: String, threshold: Int) -> String {
        "the wave runs until \(until). The figures move in safe steps (only once every group that changes has at least \(threshold) new answers) and may still change."
    }
    var alphaNegativeNote: String {
        "α is negative: in this group the scale's items do not measure one thing. Read the scale's score with care and look at its items."
    }
    func alphaFewerThanTenNote(_ stable: Int) -> String {
        "Fewer than \(stable) people answered every item of the scale: α then varies a lot and says little."
    }
    func alphaHiddenNote(threshold: Int) -> String {
        "Fewer than \(threshold) people answered every item of the scale, so neither α nor that number is shown."
    }
    func alphaWithCases(_ alpha: String, complete: Int) -> String { "\(alpha) (\(complete) complete)" }
    var favourableLabel: String { "Favourable (4 and 5)" }
    var distributionLabel: String { "Distribution" }
    var scalesTitle: String { "Scales" }
    var strengthsTitle: String { "Strengths" }
    var attentionTitle: String { "Points of attention" }
    var strengthsFirstExplained: String {
        "What goes well comes first: building on qualities gets further than only repairing shortcomings."
    }
    func groupSuppressed(threshold: Int) -> String {
        "This group is not shown: it has fewer than \(threshold) responses, or together with other groups shown it would let a smaller group be worked out."
    }
    var noResponsesYet: String { "This wave has no responses yet." }
    func heatmapExplained(threshold: Int) -> String {
        "Each cell is the mean score (0–100) of a unit with the units below it. The colour shows the difference with the whole organisation. Grey: fewer than \(threshold) responses or derivable, so not shown."
    }
    var heatmapLegend: String { "Legend: scales and colours" }
    func heatStep(_ step: Int) -> String {
        switch step {
        case ...(-3): "15 points or more below the organisation"
        case -2: "10 to 15 points below"
        case -1: "5 to 10 points below"
        case 0: "less than 5 points difference"
        case 1: "5 to 10 points above"
        case 2: "10 to 15 points above"
        default: "15 points or more above the organisation"
        }
    }
    var differenceLabel: String { "Difference with the organisation" }
    var exportAggregates: String { "Results per unit (CSV)" }
    var exportResponses: String { "Responses per respondent (CSV, advisors only)" }
    var unknownUnit: String { "This unit does not exist in this organisation." }
    var malformedBand: String { "Choose a group such as age:30-39, gender:f or tenure:2-5." }
    func scaleSummary(mean: String, hundred: String, n: Int) -> String { "\(mean) on 1–5, \(hundred) on 0–100, n = \(n)" }
    var perUnitTitle: String { "By unit" }
    var trendTitle: String { "Trend" }
    var trendLink: String { "trend" }
    var waveLabel: String { "Wave" }
    var trendNeedsTwoWaves: String { "A trend needs at least two waves of this scan in which this group may be shown." }
    func changeVerdict(_ verdict: ChangeTest.Verdict) -> String {
        switch verdict {
        case .up: "Up: the difference is significant at 5%."
        case .down: "Down: the difference is significant at 5%."
        case .noClearChange: "No clear change (not significant at 5%)."
        }
    }
    func changeSummary(difference: String, t: String, df: String, p: String, d: String) -> String {
        "Difference \(difference) on 1–5; Welch t = \(t) with \(df) degrees of freedom, p \(p); Cohen's d = \(d)."
    }
    var openAnswersTitle: String { "Open answers" }
    var openAnswersExplained: String { "In random order and without anything about who gave them. Only for groups large enough." }
    var noOpenAnswers: String { "No open answers to this question." }
    var hideAnswer: String { "Hide" }
    var moreOpenAnswers: String { "More answers to this question" }
    var nextOpenAnswers: String { "Next answers" }
    var allOpenQuestions: String { "All open questions" }
    var malformedAnswerPosition: String { "This link to the next answers is not right; start again from the first." }
    var unknownOpenQuestion: String { "This wave has no open question with that code." }
    var answerHidden: String { "The answer is hidden; this has been logged." }
    var reverseKeyedExplained: String { "This item counts reversed in its scale: agreeing means a lower score." }
}
