import Vapor

/// The fields of a posted form in their order, names exactly as sent. Answer fields are named
/// by item code (`DLO.K2.3`), and Vapor's form decoder would read the dots as nesting.
enum FormFields {
    static func parse(_ request: Request) -> [(name: String, value: String)] {
        guard isForm(request.headers.first(name: .contentType)), let body = request.body.data else { return [] }
        return parse(body)
    }

    /// `application/x-www-form-urlencoded`, with or without parameters such as a charset.
    /// Compared by hand: Vapor's parsed media type was a twentieth of a submit.
    static func isForm(_ contentType: String?) -> Bool {
        let form = "application/x-www-form-urlencoded"
        guard let type = contentType?.split(separator: ";", maxSplits: 1).first else { return false }
        return type == form || type.trimmingCharacters(in: .whitespaces).lowercased() == form
    }

    static func parse(_ body: String) -> [(name: String, value: String)] {
        Array(body.utf8).withUnsafeBytes { parse($0) }
    }

    static func parse(_ body: ByteBuffer) -> [(name: String, value: String)] {
        body.withUnsafeReadableBytes { parse($0) }
    }

    /// Reads `application/x-www-form-urlencoded` bytes in one pass over the buffer: every
    /// submitted scan passes here with thirty fields, and splitting into collections first
    /// cost a twentieth of a submit.
    static func parse(_ body: UnsafeRawBufferPointer) -> [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = []
        var start = 0
        while start < body.count {
            var end = start
            var equals: Int?
            while end < body.count, body[end] != UInt8(ascii: "&") {
                if equals == nil, body[end] == UInt8(ascii: "=") { equals = end }
                end += 1
            }
            let name = decode(body[start..<(equals ?? end)])
            if !name.isEmpty {
                fields.append((name, equals.map { decode(body[($0 + 1)..<end]) } ?? ""))
            }
            start = end + 1
        }
        return fields
    }

    /// `+` is a space and `%XX` a byte; a malformed escape is kept as it was sent.
    private static func decode(_ encoded: Slice<UnsafeRawBufferPointer>) -> String {
        let plain = UnsafeRawBufferPointer(rebasing: encoded)
        guard plain.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) else {
            return String(decoding: plain, as: UTF8.self)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(plain.count)
        var index = 0
        while index < plain.count {
            let byte = plain[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < plain.count,
                let high = HexDigit.value(plain[index + 1]), let low = HexDigit.value(plain[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 2
            } else {
                bytes.append(byte)
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The first value of one field, without decoding the others.
    static func firstValue(of name: String, in body: ByteBuffer) -> String? {
        let wanted = Array(name.utf8)
        return body.withUnsafeReadableBytes { bytes -> String? in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "&") { end += 1 }
                let field = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
                if field.count > wanted.count, field[wanted.count] == UInt8(ascii: "="), field.prefix(wanted.count).elementsEqual(wanted) {
                    return decode(bytes[(start + wanted.count + 1)..<end])
                }
                start = end + 1
            }
            return nil
        }
    }

    /// The most fields a plain form may have: the longest page (a programme's units) has a few
    /// hundred; a scan page about seventy.
    static let maximumFields = 2_000
    /// The largest plain form: open answers and notes included, far below this.
    static let maximumBody = 1024 * 1024

    static func value(_ name: String, in fields: [(name: String, value: String)]) -> String? {
        fields.first { $0.name == name }?.value
    }
}

/// The box a form for an irreversible step carries (`Forms.confirmation`).
struct Confirmation: Content {
    var confirm: String?
    var confirmed: Bool { confirm == "1" }
}
