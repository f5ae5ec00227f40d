import Foundation
import SQLiteKit
import Testing

@testable import App

@Suite struct RowsInsertTests {
    @Test func aDirectConnectionGetsOnePlaceholderPerValueAndTheDriversEncoding() throws {
        let id = UUID()
        let insert = RowsInsert(
            table: "responses", columns: ["id", "gender", "on"],
            rows: [[id, Optional<String>.none, 4], [id, "f", true]])
        let spelled = try insert.sqlite(encoder: SQLiteDataEncoder())
        #expect(spelled.sql == #"INSERT INTO "responses" ("id", "gender", "on") VALUES (?, ?, ?), (?, ?, ?)"#)
        #expect(spelled.binds == [.text(id.uuidString), .null, .integer(4), .text(id.uuidString), .text("f"), .integer(1)])
    }
}
