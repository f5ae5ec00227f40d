import Foundation
import PostgresNIO
import SQLKit

/// Rows streamed into a PostgreSQL table with `COPY … FROM STDIN` (text format): how the demo
/// fills a million rows without a statement per batch. Only for values Veerkracht makes itself;
/// every value is escaped as the text format asks, so a tab or a newline in a name stays a value.
enum PostgresCopy {
    /// Sends about this many bytes per message to the database.
    static let chunk = 256 * 1024

    static func rows(
        _ rows: [[SQLBind]], into table: String, columns: [String], on connection: PostgresConnection, logger: Logger
    ) async throws {
        try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
            var buffer = ByteBuffer()
            buffer.reserveCapacity(chunk + 4096)
            for row in rows {
                for (index, value) in row.enumerated() {
                    if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
                    buffer.writeString(field(value.encodable))
                }
                buffer.writeInteger(UInt8(ascii: "\n"))
                if buffer.readableBytes >= chunk {
                    try await writer.write(buffer)
                    buffer.clear()
                }
            }
            if buffer.readableBytes > 0 { try await writer.write(buffer) }
        }
    }

    /// One value in COPY's text format: `\N` for no value, backslash escapes for the characters
    /// that separate fields and rows.
    static func field(_ value: any Encodable) -> String {
        switch value {
        case let optional as any OptionalValue: optional.wrapped.map(field) ?? #"\N"#
        case let id as UUID: id.uuidString
        case let text as String: escaped(text)
        case let flag as Bool: flag ? "t" : "f"
        case let date as Date: date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
        case let number as any Numeric & CustomStringConvertible: number.description
        default: escaped("\(value)")
        }
    }

    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 < 0x20 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for character in text.unicodeScalars {
            switch character {
            case "\\": out += #"\\"#
            case "\t": out += #"\t"#
            case "\n": out += #"\n"#
            case "\r": out += #"\r"#
            default:
                // Other control characters as octal, so nothing below a space reaches the stream raw.
                if character.value < 0x20 {
                    out += "\\" + String(character.value, radix: 8).leftPadded(to: 3)
                } else {
                    out.unicodeScalars.append(character)
                }
            }
        }
        return out
    }
}

/// Lets `field` see through an optional held as `any Encodable`.
private protocol OptionalValue {
    var wrapped: (any Encodable)? { get }
}

extension Optional: OptionalValue where Wrapped: Encodable {
    fileprivate var wrapped: (any Encodable)? { self.map { $0 } }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
