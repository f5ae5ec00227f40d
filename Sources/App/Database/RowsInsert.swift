import SQLKit
import SQLiteKit

/// A multi-row INSERT of plain values. The driver gets it as SQLKit's `SQLInsert`; a direct
/// SQLite connection gets it spelled by hand, because SQLKit's general serializer was a fifth
/// of the response writer's time.
struct RowsInsert: SQLExpression {
    let table: String
    let columns: [String]
    let rows: [[any Encodable & Sendable]]

    func serialize(to serializer: inout SQLSerializer) {
        var insert = SQLInsert(table: SQLIdentifier(table))
        insert.columns = columns.map { SQLIdentifier($0) }
        insert.values = rows.map { $0.map { SQLBind($0) } }
        insert.serialize(to: &serializer)
    }

    /// `INSERT INTO "table" ("a", "b") VALUES (?, ?), (?, ?)` with its values, encoded as the
    /// SQLite driver encodes them. Names are Veerkracht's own and never contain quotes.
    func sqlite(encoder: SQLiteDataEncoder) throws -> (sql: String, binds: [SQLiteData]) {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let sql = "INSERT INTO \"\(table)\" (" + columns.map { "\"\($0)\"" }.joined(separator: ", ") + ") VALUES "
            + Array(repeating: row, count: rows.count).joined(separator: ", ")
        return (sql, try rows.flatMap { try $0.map { try encoder.encode($0) } })
    }
}
