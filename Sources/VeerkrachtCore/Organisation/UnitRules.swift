import Foundation

/// The longest name a unit, an organisation or a wave may have, counted as `TextRules.length`.
public enum NameRules {
    public static let maximumLength = 120

    /// A name or code as stored: without the spaces around it.
    public static func cleaned(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// Why a unit may not be stored as asked, each naming its field (`name`, `code` or `parent`), so
/// the page marks that field and the API names it; the words are the App's.
public enum UnitProblem: Hashable, Sendable {
    case nameMissing
    case tooLong(field: String, maximum: Int)
    case controlCharacter(field: String)
    /// A slash would make the unit's path ambiguous in imports.
    case nameHasSeparator
    case parentUnknown
    /// Under itself, under a unit below it, or under an archived unit.
    case parentInvalid
    case nameTaken
    case codeTaken

    public var field: String {
        switch self {
        case .nameMissing, .nameHasSeparator, .nameTaken: "name"
        case .tooLong(let field, _), .controlCharacter(let field): field
        case .parentUnknown, .parentInvalid: "parent"
        case .codeTaken: "code"
        }
    }
}

extension UnitTree {
    /// Every problem of a unit named `name` with `code` under `parent`; `unit` is the unit
    /// itself when it already exists. Lengths count the text as sent; the other rules hold
    /// for the trimmed text, which is what is stored.
    public func problems(name rawName: String, code rawCode: String?, parent: UUID?, unit: UUID? = nil) -> [UnitProblem] {
        var problems: [UnitProblem] = []
        for (field, text) in [("name", rawName), ("code", rawCode ?? "")] {
            if TextRules.containsControlCharacter(text) {
                problems.append(.controlCharacter(field: field))
            } else if TextRules.length(text) > NameRules.maximumLength {
                problems.append(.tooLong(field: field, maximum: NameRules.maximumLength))
            }
        }
        let name = NameRules.cleaned(rawName)
        let code = rawCode.map(NameRules.cleaned).flatMap { $0.isEmpty ? nil : $0 }
        if name.isEmpty { problems.append(.nameMissing) }
        if name.contains(Self.pathSeparator) { problems.append(.nameHasSeparator) }
        if let parent {
            if nodes[parent] == nil {
                problems.append(.parentUnknown)
            } else if nodes[parent]?.isArchived == true || unit.map({ !canMove($0, under: parent) }) == true {
                problems.append(.parentInvalid)
            }
        }
        if !name.isEmpty, hasActiveSibling(named: name, under: parent, excluding: unit) { problems.append(.nameTaken) }
        if let code, nodes.values.contains(where: { $0.id != unit && $0.code?.caseInsensitiveCompare(code) == .orderedSame }) {
            problems.append(.codeTaken)
        }
        return problems
    }
}

/// Why an organisation may not have a name.
public enum OrganisationProblem: Hashable, Sendable {
    case nameMissing
    case tooLong(maximum: Int)
    case controlCharacter
    case nameTaken

    public var field: String { "name" }

    /// Every problem of `rawName`, given the names the installation already has.
    public static func problems(name rawName: String, existing: [String]) -> [OrganisationProblem] {
        let name = NameRules.cleaned(rawName)
        var problems: [OrganisationProblem] = []
        if TextRules.containsControlCharacter(rawName) {
            problems.append(.controlCharacter)
        } else if TextRules.length(rawName) > NameRules.maximumLength {
            problems.append(.tooLong(maximum: NameRules.maximumLength))
        }
        if name.isEmpty { problems.append(.nameMissing) }
        if !name.isEmpty, existing.contains(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) { problems.append(.nameTaken) }
        return problems
    }
}
