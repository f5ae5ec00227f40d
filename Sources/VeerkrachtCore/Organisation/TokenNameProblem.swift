import Foundation

/// Why an API token may not have a name. The name says what the token is for, so its owner
/// can tell tokens apart when revoking one; the page and `veerkracht tokens create` ask the same.
public enum TokenNameProblem: Hashable, Sendable {
    case missing
    case tooLong(maximum: Int)
    case controlCharacter

    public var field: String { "name" }

    public static let maximumLength = 80

    /// The problems of `sent`; the rules hold for the trimmed name, which is what is stored.
    public static func problems(_ sent: String) -> [TokenNameProblem] {
        let name = sent.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { return [.missing] }
        if TextRules.containsControlCharacter(name) { return [.controlCharacter] }
        return TextRules.length(name) > maximumLength ? [.tooLong(maximum: maximumLength)] : []
    }
}
