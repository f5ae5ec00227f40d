import Foundation
import VeerkrachtCore

extension English {
    var surveyFooter: String { "Your answers are processed anonymously and shown only for groups that are large enough." }
    var surveyIntro: String {
        "There are no right or wrong answers. Each time, choose what fits your own work best. Your answers are kept page by page: you can stop and continue later with the same link."
    }
    func surveyProgress(page: Int, of pages: Int) -> String { "Page \(page) of \(pages)" }
    var surveyNothingSaved: String { "This page was not saved:" }
    func moreAnswerProblems(_ count: Int) -> String { "And \(count) more problems." }
    func answerProblem(_ problem: AnswerProblem, item: String?) -> String {
        switch problem {
        case .unknownCode(let code): "'\(code)' is not a question of this scan."
        case .outsideScale(let code, let value): "'\(value)' is not an answer on the scale from 1 to 5 (\(item ?? code))."
        case .tooLong(let code, let maximum): "Your answer is longer than \(maximum) characters (\(item ?? code))."
        }
    }
    func openAnswerHint(maximum: Int) -> String {
        "Optional. Please write no names: this answer stays anonymous too. At most \(maximum) characters."
    }
    var surveyNext: String { "Next" }
    var surveyPrevious: String { "Previous" }
    var surveyToReview: String { "Go to sending" }
    var surveyReviewTitle: String { "Send" }
    func surveyAnswered(_ answered: Int, of total: Int) -> String { "You answered \(answered) of the \(total) questions." }
    var surveyGapsExplained: String { "You may skip questions. If you would still like to answer them:" }
    func surveyGap(section: String, unanswered: Int) -> String { "\(section): \(unanswered) open" }
    var surveyAnonymityPromise: String {
        "Once sent, your answers are separated from your link and stored with only your unit, age group, gender and length-of-service group. After that they cannot be changed."
    }
    var surveySubmit: String { "Send my answers" }
    var surveyThanksTitle: String { "Thank you!" }
    var surveyThanksText: String { "Your answers have been received and stored anonymously." }
    var profileTitle: String { "Your learning preferences" }
    var profileIntro: String { "This is how you like to learn, according to your own answers. Only you see this, with your own link." }
    var profileCaption: String { "Your five learning preferences, strongest first (1 = little, 5 = a lot)" }
    var rankLabel: String { "Rank" }
    var preferenceLabel: String { "Learning preference" }
    var scoreLabel: String { "Score" }
    var profileKeepLink: String { "Keep your link: with it you can see your profile again later." }
    var surveyUnknownTitle: String { "Unknown link" }
    var surveyUnknownText: String { "This link belongs to no scan. Check that you copied all of it, or ask the sender for a new one." }
    var surveyNotYetOpenTitle: String { "Not open yet" }
    func surveyNotYetOpenText(_ opens: String) -> String { "This scan opens on \(opens). Use the same link then." }
    var surveyClosedTitle: String { "Scan closed" }
    var surveyClosedText: String { "This scan has closed; no more answers can be added. Thank you for your interest." }
    var surveyAlreadySubmittedTitle: String { "Already sent" }
    var surveyAlreadySubmittedText: String {
        "Your answers had already been sent (perhaps from another window). They were counted once; nothing has changed."
    }
    var surveyToThanks: String { "To your thank-you page" }
}
