/// Rules every stored text follows, wherever it comes from (a page, a CSV file, the API).
public enum TextRules {
    /// Whether the text holds a character no person types: NUL and the other C0 controls,
    /// DEL and the C1 controls. Tab, line feed and carriage return are allowed only where a
    /// text may span lines.
    public static func containsControlCharacter(_ text: String, multiline: Bool = false) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: !multiline
            case 0x00...0x1F, 0x7F...0x9F: true
            default: false
            }
        }
    }

    /// The text on one line with every control character (line breaks and tabs too) turned
    /// into a space, cut to `maximum` scalars: for a name made from text typed elsewhere, such
    /// as a pulse named after its action.
    public static func singleLine(_ text: String, maximum: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars.prefix(maximum) {
            scalars.append(containsControlCharacter(String(scalar)) ? " " : scalar)
        }
        return String(scalars)
    }

    /// Length as the API's schema counts it: Unicode scalars, so the limit means the same in
    /// every language and in every entry point.
    public static func length(_ text: String) -> Int { text.unicodeScalars.count }
}

extension TextRules {
    /// Whether an `application/x-www-form-urlencoded` body carries a control character in any
    /// field, percent-encoded or not. Tab and line breaks pass (text areas send them). One pass
    /// over the bytes, so it can run on every form before anything decodes it.
    public static func formContainsControlCharacter(_ bytes: some Collection<UInt8>) -> Bool {
        var previous: UInt8 = 0
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            var decoded = byte
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next(), let low = iterator.next(),
                    let value = hexValue(high).flatMap({ h in hexValue(low).map { h << 4 | $0 } })
                else { continue }
                decoded = value
            }
            if isControl(decoded, after: previous) { return true }
            previous = decoded
        }
        return false
    }

    /// Whether a JSON body carries a control character in a string: as an escape (`\u0000`,
    /// `\b`, `\f`, `\u007f`…) or as the raw UTF-8 of a C1 control. Raw C0 bytes are not valid
    /// JSON and are refused by the decoder already.
    public static func jsonContainsControlCharacter(_ bytes: some Collection<UInt8>) -> Bool {
        var previous: UInt8 = 0
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "\\") {
                guard let escape = iterator.next() else { return false }
                switch escape {
                case UInt8(ascii: "b"), UInt8(ascii: "f"): return true
                case UInt8(ascii: "u"):
                    var value: UInt32 = 0
                    for _ in 0..<4 {
                        guard let digit = iterator.next().flatMap(hexValue) else { return false }
                        value = value << 4 | UInt32(digit)
                    }
                    if (0...0x1F).contains(value) && ![0x09, 0x0A, 0x0D].contains(value) { return true }
                    if (0x7F...0x9F).contains(value) { return true }
                default: break
                }
                previous = 0
                continue
            }
            if previous == 0xC2 && (0x80...0x9F).contains(byte) { return true }
            previous = byte
        }
        return false
    }

    private static func isControl(_ byte: UInt8, after previous: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F: true
        case 0x80...0x9F: previous == 0xC2
        default: false
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
