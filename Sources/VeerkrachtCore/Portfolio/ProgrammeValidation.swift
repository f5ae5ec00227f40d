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
        }
    }
}

extension Programme {
    /// Every problem of the programme as it would be saved.
    public var problems: [ProgrammeProblem] {
        var problems: [ProgrammeProblem] = []
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
