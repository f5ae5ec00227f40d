import Foundation
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
        let sql =
            "INSERT INTO \"\(table)\" (" + columns.map { "\"\($0)\"" }.joined(separator: ", ") + ") VALUES "
            + Array(repeating: row, count: rows.count).joined(separator: ", ")
        return (sql, try rows.flatMap { try $0.map { try encoder.encodeQuickly($0) } })
    }
}

extension SQLiteDataEncoder {
    /// What `encode` gives, with ids, text and numbers taken directly: the general path tries protocol
    /// conformances and encodes ids through `Codable`, which was a twentieth of the response
    /// writer's time.
    func encodeQuickly(_ value: any Encodable) throws -> SQLiteData {
        switch value {
        case let id as UUID: .text(id.text)
        case let text as String: .text(text)
        case let number as Int: .integer(number)
        case let flag as Bool: .integer(flag ? 1 : 0)
        case let real as Double: .float(real)
        default: try encode(value)
        }
    }
}
