import Foundation

/// A response's closed answers as one short text, one character per item of the wave's
/// questionnaire in its order: `1`–`5`, or `0` when the item was left open. Results read
/// these instead of JSON: 100,000 responses of 60 items are 6 MB to scan, not 90 MB to parse.
public enum CompactAnswers {
    public static let unanswered: UInt8 = 0

    /// The items in column order: every closed item of every instrument, as defined.
    public static func columns(of questionnaire: Questionnaire) -> [Item] {
        questionnaire.instruments.flatMap(\.items)
    }

    public static func encode(_ answers: Answers, columns: [Item]) -> String {
        String(
            decoding: columns.map { item -> UInt8 in
                guard let value = answers.closed[item.code], (1...ResponseFormat.points).contains(value) else { return UInt8(ascii: "0") }
                return UInt8(ascii: "0") + UInt8(value)
            }, as: UTF8.self)
    }

    /// The 0–5 values of an encoded text, padded or cut to `width`; anything else than a digit
    /// 1–5 counts as unanswered.
    /// A `String` and not any `StringProtocol`: a generic call from another module is not
    /// specialised, and looking up its types per byte was a quarter of loading a wave (perf).
    public static func decode(_ text: String, width: Int) -> [UInt8] {
        var values = [UInt8](repeating: unanswered, count: width)
        var index = 0
        for byte in text.utf8 {
            guard index < width else { break }
            if byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "5") { values[index] = byte - UInt8(ascii: "0") }
            index += 1
        }
        return values
    }
}
