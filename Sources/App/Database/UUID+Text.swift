import Foundation

extension UUID {
    /// The same text as `uuidString` (upper-case, 8-4-4-4-12), written directly: Foundation's
    /// takes about a microsecond, and the scan path spells and reads a dozen ids per response.
    var text: String {
        let digits = Self.hexDigits
        return withUnsafeBytes(of: uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { out in
                var position = 0
                for (index, byte) in bytes.enumerated() {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        out[position] = UInt8(ascii: "-")
                        position += 1
                    }
                    out[position] = digits[Int(byte >> 4)]
                    out[position + 1] = digits[Int(byte & 0x0F)]
                    position += 2
                }
                return position
            }
        }
    }

    /// Reads `text` in the form `uuidString` writes, in either case; nil for anything else.
    init?(text: String) {
        var text = text
        var value: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let valid = text.withUTF8 { utf8 in
            withUnsafeMutableBytes(of: &value) { out in
                guard utf8.count == 36 else { return false }
                var position = 0
                for index in 0..<16 {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        guard utf8[position] == UInt8(ascii: "-") else { return false }
                        position += 1
                    }
                    guard let high = HexDigit.value(utf8[position]), let low = HexDigit.value(utf8[position + 1]) else { return false }
                    out[index] = high << 4 | low
                    position += 2
                }
                return true
            }
        }
        guard valid else { return nil }
        self.init(uuid: value)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
