import VeerkrachtCore

/// The words for the core's unit and organisation problems, from each language's own sentences.
extension Strings {
    func unitProblem(_ problem: UnitProblem) -> FieldProblem {
        let message =
            switch problem {
            case .nameMissing: nameRequired
            case .tooLong(_, let maximum): nameTooLong(maximum: maximum)
            case .controlCharacter: message(for: .controlCharacter)
            case .nameHasSeparator: unitNameHasSeparator
            case .parentUnknown: unknownUnit
            case .parentInvalid: unitMoveInvalid
            case .nameTaken: unitNameTaken
            case .codeTaken: unitCodeTaken
            }
        return FieldProblem(field: problem.field, message: message)
    }

    func organisationProblem(_ problem: OrganisationProblem) -> FieldProblem {
        let message =
            switch problem {
            case .nameMissing: nameRequired
            case .tooLong(let maximum): nameTooLong(maximum: maximum)
            case .controlCharacter: message(for: .controlCharacter)
            case .nameTaken: organisationNameTaken
            }
        return FieldProblem(field: problem.field, message: message)
    }
}
