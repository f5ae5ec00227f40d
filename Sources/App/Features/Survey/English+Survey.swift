import Foundation
import VeerkrachtCore

extension English {
    var surveyFooter: String { "Your answers are processed anonymously and shown only for groups that are large enough." }
    var surveyIntro: String {
        "There are no right or wrong answers. Each time, choose what fits your own work best. Your answers are kept page by page: you can stop and continue later with the same link."
    }
    func sectionTitle(instrument: String, scale: String) -> String? {
        switch (instrument, scale) {
        case ("dlo", "V"): "Energy from learning and development"
        case ("dlo", "K1"): "What learning brings here"
        case ("dlo", "K2"): "Learning together with colleagues"
        case ("dlo", "K3"): "What you give and what you get back"
        case ("dlo", "K4"): "Your qualities as the starting point"
        case ("dlo", "K5"): "Moving with what comes"
        case ("lo", "P1"): "Where we want to go"
        case ("lo", "P2"): "Room to learn"
        case ("lo", "P3"): "Working together across boundaries"
        case ("lo", "P4"): "Aligning and working together"
        case ("lo", "P5"): "How we talk with each other"
        case ("lo", "L1"): "Improving the way we work"
        case ("lo", "L2"): "Learning to see things differently"
        case ("lo", "L3"): "Questioning our starting points"
        case ("lo", "M"): "Learning about how we learn"
        default: nil
        }
    }
    var surveyIntroTitle: String { "What is this about?" }
    var surveyIntroPurpose: String {
        "Your organisation wants to know whether learning and development here gives energy or costs it, and what could be better. Your experience counts."
    }
    func surveyIntroDuration(minutes: Int, pages: Int) -> String {
        "It takes about \(minutes) minutes, over \(pages) short pages. Every page is saved: you can stop and carry on later with the same link."
    }
    func surveyIntroAnonymity(threshold: Int, openAnswerThreshold: Int) -> String {
        "Nobody sees your answers. Once sent, they are separated from your link. Results appear only for groups of at least \(threshold) people, and open answers only for groups of at least \(openAnswerThreshold)."
    }
    var surveyIntroContact: String {
        "Questions about this scan? Ask whoever sent you this link, usually your organisation's HR or learning adviser."
    }
    var surveyStart: String { "Start" }
    var previewBanner: String { "Preview: this is how respondents see the scan. Answers are not kept here." }
    var previewLink: String { "Preview of the questionnaire" }
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
