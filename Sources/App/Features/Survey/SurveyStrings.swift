import Foundation
import VeerkrachtCore

/// The texts a respondent sees.
protocol SurveyStrings: Sendable {
    var surveyFooter: String { get }
    var surveyIntro: String { get }
    func surveyProgress(page: Int, of pages: Int) -> String
    var surveyNothingSaved: String { get }
    func answerProblem(_ problem: AnswerProblem, item: String?) -> String
    func moreAnswerProblems(_ count: Int) -> String
    func openAnswerHint(maximum: Int) -> String
    var surveyNext: String { get }
    /// A section's title as respondents read it: what the page is about in plain words, never
    /// the model's code. Nil for the learning-preference scan, where a name would steer answers.
    func sectionTitle(instrument: String, scale: String) -> String?
    var surveyIntroTitle: String { get }
    var surveyIntroPurpose: String { get }
    func surveyIntroDuration(minutes: Int, pages: Int) -> String
    func surveyIntroAnonymity(threshold: Int, openAnswerThreshold: Int) -> String
    var surveyIntroContact: String { get }
    var surveyStart: String { get }
    var previewBanner: String { get }
    var previewLink: String { get }
    var surveyPrevious: String { get }
    var surveyToReview: String { get }
    var surveyReviewTitle: String { get }
    func surveyAnswered(_ answered: Int, of total: Int) -> String
    var surveyGapsExplained: String { get }
    func surveyGap(section: String, unanswered: Int) -> String
    var surveyAnonymityPromise: String { get }
    var surveySubmit: String { get }
    var surveyThanksTitle: String { get }
    var surveyThanksText: String { get }
    var profileTitle: String { get }
    var profileIntro: String { get }
    var profileCaption: String { get }
    var rankLabel: String { get }
    var preferenceLabel: String { get }
    var scoreLabel: String { get }
    var profileKeepLink: String { get }
    var surveyUnknownTitle: String { get }
    var surveyUnknownText: String { get }
    var surveyNotYetOpenTitle: String { get }
    func surveyNotYetOpenText(_ opens: String) -> String
    var surveyClosedTitle: String { get }
    var surveyClosedText: String { get }
    var surveyAlreadySubmittedTitle: String { get }
    var surveyAlreadySubmittedText: String { get }
    var surveyToThanks: String { get }
}
