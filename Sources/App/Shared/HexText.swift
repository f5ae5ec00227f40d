/// Bytes as lowercase hexadecimal, two digits each. `String(format: "%02x")` per byte went
/// through Foundation's formatter: 48 calls on every kept page (its key and its ETag) were a
/// twentieth of the request (perf, the dashboard at 32 connections).
enum HexText {
    static func lowercase(_ bytes: some Sequence<UInt8>) -> String {
        var digits: [UInt8] = []
        digits.reserveCapacity(64)
        for byte in bytes {
            digits.append(alphabet[Int(byte >> 4)])
            digits.append(alphabet[Int(byte & 0x0F)])
        }
        return String(decoding: digits, as: UTF8.self)
    }

    private static let alphabet = Array("0123456789abcdef".utf8)
}
