/// Why a row of a people import cannot be taken in. Each case becomes one whole sentence in
/// each language, so no message is pieced together from fragments.
public enum ImportProblem: Hashable, Sendable {
    case fileEmpty
    case notText
    case missingExternalIDColumn
    case duplicateColumn(String)
    case wrongFieldCount(expected: Int, found: Int)
    case required
    case tooLong(maximum: Int)
    case duplicateExternalID(firstLine: Int)
    case invalidEmail(String)
    case duplicateEmail(firstLine: Int)
    /// An unknown unit, with the path of the active unit it most likely meant, if any.
    case unknownUnit(String, suggestion: String?)
    case invalidBirthYear(String, earliest: Int, latest: Int)
    case invalidGender(String)
    case invalidDate(String)
    case tooManyRows(maximum: Int)
    /// NUL or another control character: nobody types one, and no page should show it.
    case controlCharacter
}

/// One bad cell or row: where it is (the line in the file, as a text editor counts) and why.
public struct ImportIssue: Hashable, Sendable {
    public let line: Int
    /// The column's header as written in the file, or nil when the problem is the whole row.
    public let column: String?
    public let problem: ImportProblem

    public init(line: Int, column: String?, problem: ImportProblem) {
        self.line = line
        self.column = column
        self.problem = problem
    }
}

extension ImportIssue: Error {}

/// Why a whole import was refused: every problem found, in the order of the file.
public struct ImportRejection: Error, Sendable {
    public let issues: [ImportIssue]

    public init(_ issues: [ImportIssue]) {
        self.issues = issues
    }
}
