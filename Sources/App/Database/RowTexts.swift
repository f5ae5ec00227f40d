import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit

/// Every column of an organisation's rows of one table, each row as one text, read in one
/// statement that casts the columns to text in the database: what the key of a kept page names
/// when the page is made from those rows. Building the models and encoding them as JSON for the
/// dashboard's key was a third of its request (perf, 100,000 respondents).
///
/// The columns are the model's own (`Model.keys`), so a column added to the model is in every
/// key without anyone remembering it here.
enum RowTexts {
    /// `id` narrows the rows to that one (none when the organisation has no such row).
    static func read<M: Model>(
        _ model: M.Type, organisation: UUID, id: UUID? = nil, extra: [SQLQueryString] = [], on reads: KeyReads
    ) async throws -> [String] {
        let (columns, list) = self.columns(of: model)
        var select = SQLSelect()
        select.columns = [SQLRaw(list)]
        for (index, expression) in extra.enumerated() {
            select.columns.append(SQLAlias(expression, as: SQLIdentifier("x\(index)")))
        }
        select.tables = [SQLIdentifier(M.schema)]
        let inOrganisation = SQLBinaryExpression(SQLIdentifier("organisation_id"), .equal, SQLBind(organisation))
        select.predicate =
            id.map { SQLBinaryExpression(inOrganisation, .and, SQLBinaryExpression(SQLIdentifier("id"), .equal, SQLBind($0))) }
            ?? inOrganisation
        select.orderBy = [SQLIdentifier("id")]
        let names = columns.indices.map { "c\($0)" } + extra.indices.map { "x\($0)" }
        return try await reads.rows(select).map { row in
            // Each value after its length, NULL as a dash: two different rows never give the
            // same text, whatever someone typed into them.
            try names.map { try row.decode(column: $0, as: String?.self).map { "\($0.utf8.count):\($0)" } ?? "-" }.joined()
        }
    }

    /// The model's columns, found by reflection once per model, and the select list that
    /// reads each as text (`CAST("name" AS TEXT) AS "c0", …`), written once too: serializing
    /// thirty aliased identifiers per statement was a seventh of a kept wave page (perf).
    /// The names are the model's own, never anyone's input; both databases quote with `"`.
    static func columns<M: Model>(of model: M.Type) -> (names: [String], list: String) {
        let id = ObjectIdentifier(model)
        if let known = known.withLockedValue({ $0[id] }) { return known }
        let names = M.keys.map(\.description)
        let list = names.enumerated().map { index, name in
            "CAST(\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\" AS TEXT) AS \"c\(index)\""
        }.joined(separator: ", ")
        known.withLockedValue { $0[id] = (names, list) }
        return (names, list)
    }

    private static let known = NIOLockedValueBox<[ObjectIdentifier: (names: [String], list: String)]>([:])
}
