import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit

/// Every column of an organisation's rows of one table, each row as one text, read in one
/// statement that casts the columns to text and puts them in a JSON array in the database: what
/// the key of a kept page names when the page is made from those rows. Building the models and
/// encoding them as JSON for the dashboard's key was a third of its request (perf, 100,000
/// respondents); decoding each column on its own through PostgreSQL's driver was most of what
/// was left of a kept page's key at a million respondents.
///
/// A JSON array tells every row apart from every other: texts are quoted and escaped, and a
/// column without a value is `null`, never `""`. The columns are the model's own
/// (`Model.keys`), so a column added to the model is in every key without anyone remembering
/// it here.
enum RowTexts {
    /// `id` narrows the rows to that one (none when the organisation has no such row); `extra`
    /// adds values computed in the statement (a wave's status at this moment).
    static func read<M: Model>(
        _ model: M.Type, organisation: UUID, id: UUID? = nil, extra: [SQLQueryString] = [], on reads: KeyReads
    ) async throws -> [String] {
        try await rows([Part("", model, id: id, extra: extra)], organisation: organisation, on: reads).map(\.text)
    }

    /// The rows of several tables in one statement, part after part and each part's rows by id,
    /// every text after its part's label and a space: a kept page whose key names four tables
    /// asks once instead of four times (each statement on PostgreSQL was a round trip and a
    /// tenth of a millisecond of the server's time).
    static func read(_ parts: [Part], organisation: UUID, on reads: KeyReads) async throws -> [String] {
        try await rows(parts, organisation: organisation, on: reads).map { parts[$0.part].label + " " + $0.text }
    }

    /// One table's rows of the organisation in a combined read.
    struct Part: Sendable {
        let label: String
        let table: String
        let list: String
        let extra: [SQLQueryString]
        let id: UUID?
        /// The column naming the organisation: the organisation's own row is found by `id`.
        let organisationColumn: String

        init<M: Model>(_ label: String, _ model: M.Type, id: UUID? = nil, extra: [SQLQueryString] = []) {
            self.label = label
            table = M.schema
            list = RowTexts.columns(of: model).list
            self.extra = extra
            self.id = id
            organisationColumn = "organisation_id"
        }

        /// Columns of the organisation's own row (its revisions), named here, never typed by anyone.
        init(_ label: String, organisationColumns columns: [String]) {
            self.label = label
            table = Organisation.schema
            list = columns.map { "CAST(\"\($0)\" AS TEXT)" }.joined(separator: ", ")
            extra = []
            id = nil
            organisationColumn = "id"
        }
    }

    private static func rows(_ parts: [Part], organisation: UUID, on reads: KeyReads) async throws -> [(part: Int, text: String)] {
        let selects = parts.enumerated().map { index, part -> SQLQueryString in
            var values: SQLQueryString = "\(unsafeRaw: part.list)"
            for expression in part.extra { values += ", CAST(" + expression + " AS TEXT)" }
            var select: SQLQueryString = "SELECT \(unsafeRaw: String(index)) AS part, id, \(unsafeRaw: reads.jsonArray)(" + values
            select += ") AS row FROM \(ident: part.table) WHERE \(ident: part.organisationColumn) = \(bind: organisation)"
            if let id = part.id { select += " AND id = \(bind: id)" }
            return select
        }
        let statement = selects.joined(separator: " UNION ALL ") + " ORDER BY part, id"
        return try await reads.rows(statement).map { row in
            let part = try row.decode(column: "part", as: Int.self)
            // Only the numbers written above come back; a guard rather than a trap all the same.
            guard parts.indices.contains(part) else { throw UnknownPart(number: part) }
            return (part, try row.decode(column: "row", as: String.self))
        }
    }

    /// The model's columns, found by reflection once per model, and the list that reads each as
    /// text (`CAST("name" AS TEXT), …`), written once too: serializing thirty identifiers per
    /// statement was a seventh of a kept wave page (perf). The names are the model's own, never
    /// anyone's input; both databases quote with `"`.
    static func columns<M: Model>(of model: M.Type) -> (names: [String], list: String) {
        let id = ObjectIdentifier(model)
        if let known = known.withLockedValue({ $0[id] }) { return known }
        let names = M.keys.map(\.description)
        let list = names.map { "CAST(\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\" AS TEXT)" }.joined(separator: ", ")
        known.withLockedValue { $0[id] = (names, list) }
        return (names, list)
    }

    private struct UnknownPart: Error {
        let number: Int
    }

    private static let known = NIOLockedValueBox<[ObjectIdentifier: (names: [String], list: String)]>([:])
}
