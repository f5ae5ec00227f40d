import Foundation

/// Slips to cut out, as a PDF: A4 pages of eight (two across, four down) with dashed cut lines.
/// Each slip folds in the middle: the outside half carries the person's name, the inside half
/// how to start and the code, so the code stays hidden until the person opens the slip.
///
/// The PDF is written here because it is plain: the standard Helvetica fonts, text and lines,
/// uncompressed. Text goes in as Windows-1252 (the fonts' encoding): characters outside it print
/// as `?`, and `(`, `)` and `\` are escaped, so a name cannot break out of its string.
public struct SlipSheets {
    public struct Slip: Sendable, Equatable {
        /// Name or external id, on the outside.
        public let outside: String
        /// A line above it on the outside, e.g. the unit.
        public let outsideNote: String
        /// The lines on the inside above the code: what the slip is for and where to go.
        public let inside: [String]
        /// The code, grouped for reading.
        public let code: String

        public init(outside: String, outsideNote: String, inside: [String], code: String) {
            self.outside = outside
            self.outsideNote = outsideNote
            self.inside = inside
            self.code = code
        }
    }

    public static let perPage = 8
    static let pageWidth = 595.0
    static let pageHeight = 842.0

    public let slips: [Slip]

    public init(slips: [Slip]) { self.slips = slips }

    public var pageCount: Int { max(1, (slips.count + Self.perPage - 1) / Self.perPage) }

    public func pdf() -> Data {
        var objects: [String] = []
        // 1 catalog, 2 pages, 3 regular font, 4 bold font; then per page its page and content.
        let pageIDs = (0..<pageCount).map { 5 + 2 * $0 }
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        objects.append("<< /Type /Pages /Kids [\(pageIDs.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pageCount) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        for page in 0..<pageCount {
            let content = self.content(of: Array(slips.dropFirst(page * Self.perPage).prefix(Self.perPage)))
            objects.append(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(Int(Self.pageWidth)) \(Int(Self.pageHeight))] "
                    + "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents \(pageIDs[page] + 1) 0 R >>")
            objects.append("<< /Length \(content.count) >>\nstream\n" + String(decoding: content, as: UTF8.self) + "\nendstream")
        }
        return Self.assemble(objects)
    }

    /// The drawing of one page: cut lines, fold lines and each slip's text.
    func content(of page: [Slip]) -> [UInt8] {
        let width = Self.pageWidth / 2
        let height = Self.pageHeight / 4
        var ops: [String] = ["0.6 g 0.6 G 0.5 w [4 3] 0 d"]
        // Cut lines between the slips, and a dotted fold line through the middle of each.
        ops.append("\(f(width)) 0 m \(f(width)) \(f(Self.pageHeight)) l S")
        for row in 1..<4 { ops.append("0 \(f(height * Double(row))) m \(f(Self.pageWidth)) \(f(height * Double(row))) l S") }
        ops.append("[1 3] 0 d")
        for row in 0..<4 {
            let y = height * Double(row) + height / 2
            ops.append("0 \(f(y)) m \(f(Self.pageWidth)) \(f(y)) l S")
        }
        ops.append("0 g")
        for (index, slip) in page.enumerated() {
            let left = Double(index % 2) * width + 24
            let top = Self.pageHeight - Double(index / 2) * height
            // Outside half (upper): the note and the name.
            ops.append(text(slip.outsideNote, x: left, y: top - 30, size: 9, bold: false))
            ops.append(text(slip.outside, x: left, y: top - 56, size: 15, bold: true))
            // Inside half (lower): the instructions and the code.
            var y = top - height / 2 - 24
            for line in slip.inside {
                ops.append(text(line, x: left, y: y, size: 9.5, bold: false))
                y -= 14
            }
            ops.append(text(slip.code, x: left, y: y - 16, size: 20, bold: true))
        }
        return Array(ops.joined(separator: "\n").utf8)
    }

    private func text(_ value: String, x: Double, y: Double, size: Double, bold: Bool) -> String {
        let size = Self.fitted(value, size: size, bold: bold)
        return "BT /\(bold ? "F2" : "F1") \(f(size)) Tf \(f(x)) \(f(y)) Td (\(Self.escaped(value))) Tj ET"
    }

    /// The width a line may take on a slip: the slip less its margins.
    static let lineWidth = pageWidth / 2 - 48

    /// The font size at which `value` fits on a slip's line, never larger than `size`: a long
    /// address or unit path is set smaller rather than cut, so it stays complete. Widths are
    /// Helvetica's average (wider for bold), enough to stay inside the cut lines.
    static func fitted(_ value: String, size: Double, bold: Bool) -> Double {
        let characters = Double(min(value.count, 80))
        guard characters > 0 else { return size }
        return min(size, lineWidth / (characters * (bold ? 0.62 : 0.56)))
    }

    private func f(_ value: Double) -> String { String(format: "%.1f", value) }

    /// A PDF string's inside in Windows-1252, written as octal escapes for anything beyond ASCII
    /// so the content stream stays ASCII; at most 80 characters, control characters dropped.
    static func escaped(_ value: String) -> String {
        var out = ""
        for character in value.prefix(80) {
            guard let byte = windows1252(character) else {
                out += "?"
                continue
            }
            switch byte {
            case 0x28, 0x29, 0x5C: out += "\\" + String(UnicodeScalar(byte))
            case 0x20..<0x7F: out += String(UnicodeScalar(byte))
            case 0..<0x20, 0x7F: continue
            default: out += "\\" + String(byte, radix: 8)
            }
        }
        return out
    }

    static func windows1252(_ character: Character) -> UInt8? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
        if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
        return extra[scalar.value]
    }

    /// The characters Windows-1252 puts in 0x80–0x9F that names use.
    private static let extra: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93,
        0x201D: 0x94, 0x2013: 0x96, 0x2014: 0x97, 0x0160: 0x8A, 0x0161: 0x9A, 0x0152: 0x8C, 0x0153: 0x9C, 0x017D: 0x8E,
        0x017E: 0x9E, 0x0178: 0x9F
    ]

    /// Header, numbered objects, the cross-reference table and the trailer.
    static func assemble(_ objects: [String]) -> Data {
        var out = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(index + 1) 0 obj\n\(object)\nendobj\n".utf8)
        }
        let xref = out.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        out += Array(table.utf8)
        return Data(out)
    }
}
