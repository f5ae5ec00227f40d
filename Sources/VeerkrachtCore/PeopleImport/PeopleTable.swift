/// A CSV file as rows of cells, each row with the line of the file it starts on. The web layer
/// parses the bytes with a CSV library; the core only judges what the cells say.
public struct PeopleTable: Sendable {
    public struct Row: Sendable {
        public let line: Int
        public let fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    public let header: [String]
    public let rows: [Row]

    public init(header: [String], rows: [Row]) {
        self.header = header
        self.rows = rows
    }
}

/// The rows of a people import that passed every check, ready to compare with what is stored.
public struct ValidatedPeople: Sendable {
    public let columns: Set<PersonColumn>
    public let rows: [(line: Int, record: PersonRecord)]
    /// Headers that are no column Veerkracht knows; they are left out, and the preview says so.
    public let ignoredHeaders: [String]
}
