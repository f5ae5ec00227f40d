import Plot

/// Plot escapes text by building a string per character while it looks for entities to keep:
/// on a list of a hundred people or 273 units that was a fifth of the request (perf). Text is
/// escaped here instead, byte by byte and only when it holds a character that needs it.
///
/// As with the attributes (`EscapedAttributes.swift`), this module re-declares Plot's
/// `Node.text(_:)` with the same signature, so every `.text(…)` a view writes lands here.
/// Unlike Plot, an entity someone typed is shown as typed: a unit called `R&amp;D` reads
/// `R&amp;D`, not `R&D`.
enum HTMLText {
    /// Escapes the characters that start markup or an entity in element content.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == ampersand || $0 == lessThan || $0 == greaterThan }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case ampersand: bytes.append(contentsOf: "&amp;".utf8)
            case lessThan: bytes.append(contentsOf: "&lt;".utf8)
            case greaterThan: bytes.append(contentsOf: "&gt;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let ampersand = UInt8(ascii: "&")
    private static let lessThan = UInt8(ascii: "<")
    private static let greaterThan = UInt8(ascii: ">")

    /// Text written the way views write it; compiled here, in App, for the same reason as
    /// `AttributeEscapeSamples`: the tests import Plot and would reach Plot's own `.text`.
    static func rendered(_ text: String) -> String {
        Node<HTML.BodyContext>.p(.text(text)).render()
    }
}

extension Node {
    static func text(_ text: String) -> Node { .raw(HTMLText.escape(text)) }
}
