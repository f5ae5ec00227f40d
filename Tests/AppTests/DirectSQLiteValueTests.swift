import Foundation
import SQLiteKit
import Testing

@testable import App

@Suite struct QuickSQLiteEncodingTests {
    @Test func quickEncodingGivesWhatTheDriversEncoderGives() throws {
        let encoder = SQLiteDataEncoder()
        let values: [any Encodable] = [
            UUID(), "tekst", Optional<String>.none, Optional<String>.some("a"), 3, 2.5, true,
            Optional<UUID>.some(UUID()), Date(timeIntervalSince1970: 1_700_000_000)
        ]
        for value in values {
            #expect(try encoder.encodeQuickly(value) == encoder.encode(value))
        }
    }
}

@Suite struct DirectRowTests {
    @Test func aDirectRowDecodesAsTheDriversDecoderDoes() throws {
        let id = UUID()
        let row = DirectRow(
            SQLiteDirectConnection.Row(
                names: ["id", "text", "none", "number", "moment"],
                values: [.text(id.uuidString), .text("tekst"), .null, .integer(7), .float(1_795_478_400.25)]))
        let decoder = SQLiteDataDecoder()
        #expect(try row.decode(column: "id", as: UUID.self) == id)
        #expect(try row.decode(column: "text", as: String.self) == "tekst")
        #expect(try row.decode(column: "text", as: String?.self) == "tekst")
        #expect(try row.decode(column: "none", as: String?.self) == nil)
        #expect(try row.decode(column: "none", as: Int?.self) == nil)
        #expect(try row.decode(column: "number", as: Int.self) == 7)
        #expect(try row.decode(column: "number", as: Int?.self) == 7)
        #expect(try row.decode(column: "moment", as: Date.self) == decoder.decode(Date.self, from: .float(1_795_478_400.25)))
        #expect(throws: (any Error).self) { try row.decode(column: "none", as: String.self) }
        #expect(throws: (any Error).self) { try row.decode(column: "text", as: UUID.self) }
    }
}

@Suite struct UUIDTextTests {
    @Test func textIsTheSameAsFoundationsUUIDString() {
        for _ in 0..<1_000 {
            let id = UUID()
            #expect(id.text == id.uuidString)
        }
    }

    @Test func textReadsBackInEitherCase() {
        let id = UUID()
        #expect(UUID(text: id.uuidString) == id)
        #expect(UUID(text: id.uuidString.lowercased()) == id)
    }

    @Test func textThatIsNotAnIdIsRefused() {
        let id = UUID().uuidString
        for text in [
            "", "nope", String(id.dropLast()), id + "0", id.replacingOccurrences(of: "-", with: "0"),
            "G" + id.dropFirst(), String(id.prefix(8)) + "+" + id.dropFirst(9)
        ] {
            #expect(UUID(text: text) == nil, "\(text)")
        }
    }
}
