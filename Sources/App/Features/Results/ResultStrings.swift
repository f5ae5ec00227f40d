import Foundation
import VeerkrachtCore

/// The texts of the results pages and exports.
protocol ResultStrings: Sendable {
    var resultsTitle: String { get }
    var heatmapTitle: String { get }
    var groupLabel: String { get }
    var wholeOrganisation: String { get }
    var everyone: String { get }
    func dimensionName(_ dimension: BandDimension) -> String
    func bandName(_ label: String, of dimension: BandDimension) -> String
    var showSubmit: String { get }
    var respondentsLabel: String { get }
    var meanLabel: String { get }
    var hundredLabel: String { get }
    var intervalLabel: String { get }
    var alphaLabel: String { get }
    var noBreakdown: String { get }
    func breakdownExplained(_ dimension: String?) -> String
    var deviationLabel: String { get }
    var medianLabel: String { get }
    var quartilesLabel: String { get }
    func alphaWithCases(_ alpha: String, complete: Int) -> String
    var alphaNegativeNote: String { get }
    var provisionalLabel: String { get }
    func provisionalExplained(until: String, threshold: Int) -> String
    func alphaFewerThanTenNote(_ stable: Int) -> String
    func alphaHiddenNote(threshold: Int) -> String
    var favourableLabel: String { get }
    var distributionLabel: String { get }
    var scalesTitle: String { get }
    var strengthsTitle: String { get }
    var attentionTitle: String { get }
    var strengthsFirstExplained: String { get }
    func groupSuppressed(threshold: Int) -> String
    var noResponsesYet: String { get }
    func heatmapExplained(threshold: Int) -> String
    var heatmapLegend: String { get }
    /// A colour step of the heatmap: five points on the 0–100 scale per step, three each way.
    func heatStep(_ step: Int) -> String
    var differenceLabel: String { get }
    var exportAggregates: String { get }
    var exportResponses: String { get }
    var unknownUnit: String { get }
    var malformedBand: String { get }
    func scaleSummary(mean: String, hundred: String, n: Int) -> String
    var perUnitTitle: String { get }
    var trendTitle: String { get }
    var trendLink: String { get }
    var waveLabel: String { get }
    var trendNeedsTwoWaves: String { get }
    func changeVerdict(_ verdict: ChangeTest.Verdict) -> String
    /// `p` comes with its relation: "= 0,124" or "< 0,001".
    func changeSummary(difference: String, t: String, df: String, p: String, d: String) -> String
    var openAnswersTitle: String { get }
    var openAnswersExplained: String { get }
    var noOpenAnswers: String { get }
    var hideAnswer: String { get }
    var moreOpenAnswers: String { get }
    var nextOpenAnswers: String { get }
    var allOpenQuestions: String { get }
    var malformedAnswerPosition: String { get }
    var unknownOpenQuestion: String { get }
    var answerHidden: String { get }
    var reverseKeyedExplained: String { get }
}

extension Strings {
    /// The figures of a change test in one sentence, as the trend page and follow-ups show them.
    func changeSummary(_ test: ChangeTest) -> String {
        changeSummary(
            difference: decimal2(test.difference), t: decimal2(test.t), df: decimal(test.degreesOfFreedom),
            p: test.p < 0.001 ? "< " + decimal3(0.001) : "= " + decimal3(test.p), d: decimal2(test.cohensD))
    }
}
