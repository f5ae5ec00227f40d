import Foundation

/// What is wrong with a programme, each naming the field, so a form can show every problem at
/// once; a programme with any problem is not saved.
public enum ProgrammeProblem: Hashable, Sendable {
    case nameMissing
    case endBeforeStart
    case negative(field: String)
    case runningWithoutDestination
    case yieldWithoutIndicator(index: Int)
    case shareOutOfRange
    case participantsNegative
    case yearOutOfRange(Int)
    case reasonMissing
    /// A form value that is not a number or a date where one is needed.
    case notANumber(field: String)
    case notADate(field: String)
    case unknownChoice(field: String)
    case required(field: String)
    /// Another programme of the organisation (or an earlier row of the same file) has this name.
    case duplicateName
    case tooLong(field: String, maximum: Int)
    case tooLarge(field: String)
    case controlCharacter(field: String)

    /// The form field the problem belongs to.
    public var field: String {
        switch self {
        case .nameMissing, .duplicateName: "name"
        case .endBeforeStart: "end"
        case .negative(let field): field
        case .runningWithoutDestination: "destination"
        case .yieldWithoutIndicator: "indicator"
        case .shareOutOfRange: "attributed_share"
        case .participantsNegative: "participants"
        case .yearOutOfRange: "year"
        case .reasonMissing: "reason"
        case .notANumber(let field), .notADate(let field), .unknownChoice(let field), .required(let field): field
        case .tooLong(let field, _), .tooLarge(let field), .controlCharacter(let field): field
        }
    }
}

/// The one set of limits of a programme's texts and amounts, for the page, the CSV import and
/// the API alike.
public enum ProgrammeLimits {
    public static let shortText = 200
    public static let levels = 400
    public static let longText = 4_000
    /// Sums must stay numbers people can read: beyond these an amount is a typing error.
    public static let amount = 1e12
    public static let hourlyCost = 1e5
    public static let hours = 1e9
}

extension Programme {
    /// Each text with its form field, its limit and whether it may span lines.
    var texts: [(field: String, text: String, maximum: Int, multiline: Bool)] {
        typealias L = ProgrammeLimits
        var texts = [
            ("name", name, L.shortText, false), ("owner", owner, L.shortText, false),
            ("destination", destination, L.longText, true), ("target_levels", targetLevels, L.levels, false)
        ]
        texts += designRules.flatMap { [("assumption", $0.assumption, L.longText, true), ("note", $0.note, L.longText, true)] }
        texts += yields.flatMap {
            [
                ("indicator", $0.indicator, L.longText, true), ("target", $0.target, L.longText, true),
                ("evidence", $0.evidence, L.longText, true)
            ]
        }
        texts += adjustments.map { ("reason", $0.reason, L.longText, true) }
        return texts.map { (field: $0.0, text: $0.1, maximum: $0.2, multiline: $0.3) }
    }

    /// Every problem of the programme as it would be saved.
    public var problems: [ProgrammeProblem] {
        var problems: [ProgrammeProblem] = []
        for text in texts {
            if TextRules.containsControlCharacter(text.text, multiline: text.multiline) {
                problems.append(.controlCharacter(field: text.field))
            } else if TextRules.length(text.text) > text.maximum {
                problems.append(.tooLong(field: text.field, maximum: text.maximum))
            }
        }
        typealias L = ProgrammeLimits
        if !((benefits ?? 0).isFinite && (benefits ?? 0) <= L.amount) { problems.append(.tooLarge(field: "benefits")) }
        if !((hourlyCost ?? 0).isFinite && (hourlyCost ?? 0) <= L.hourlyCost) { problems.append(.tooLarge(field: "hourly_cost")) }
        for investment in investments {
            if !(investment.money.isFinite && investment.money <= L.amount) { problems.append(.tooLarge(field: "money")) }
            if !(investment.participantHours.isFinite && investment.participantHours <= L.hours) {
                problems.append(.tooLarge(field: "participant_hours"))
            }
            if !(investment.coveringHours.isFinite && investment.coveringHours <= L.hours) {
                problems.append(.tooLarge(field: "covering_hours"))
            }
        }
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(.nameMissing) }
        if let start, let end, end < start { problems.append(.endBeforeStart) }
        if status == .running, destination.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(.runningWithoutDestination)
        }
        if let participants, participants < 0 { problems.append(.participantsNegative) }
        for (index, yield) in yields.enumerated() where yield.indicator.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(.yieldWithoutIndicator(index: index))
        }
        for investment in investments {
            if investment.money < 0 { problems.append(.negative(field: "money")) }
            if investment.participantHours < 0 { problems.append(.negative(field: "participant_hours")) }
            if investment.coveringHours < 0 { problems.append(.negative(field: "covering_hours")) }
            if !(1990...2100).contains(investment.year) { problems.append(.yearOutOfRange(investment.year)) }
        }
        if let benefits, benefits < 0 { problems.append(.negative(field: "benefits")) }
        if let hourlyCost, hourlyCost < 0 { problems.append(.negative(field: "hourly_cost")) }
        if let share = attributedShare, !(0...1).contains(share) { problems.append(.shareOutOfRange) }
        if adjustments.contains(where: { $0.reason.trimmingCharacters(in: .whitespaces).isEmpty }) { problems.append(.reasonMissing) }
        return Array(NSOrderedSet(array: problems).array as! [ProgrammeProblem])
    }
}

extension Programme {
    /// The name as it was sent, before its spaces are trimmed: the limit holds for what was
    /// typed, so the page, the CSV import and the API (whose schema counts the sent text)
    /// refuse the same name.
    public static func sentNameProblems(_ sent: String) -> [ProgrammeProblem] {
        TextRules.length(sent) > ProgrammeLimits.shortText ? [.tooLong(field: "name", maximum: ProgrammeLimits.shortText)] : []
    }
}
