import CSV
import Foundation
import VeerkrachtCore

/// Turns the bytes of an uploaded CSV file into rows of cells, with the line each row starts
/// on. It accepts what HR systems and Excel write: a UTF-8 byte order mark, `;` or `,` as
/// separator, quoted fields holding separators and line breaks, and Windows-1252 text from
/// older Dutch Excel versions.
enum CSVTableReader {
    static func read(_ bytes: Data) -> Result<PeopleTable, ImportIssue> {
        guard var text = decode(bytes) else {
            return .failure(ImportIssue(line: 1, column: nil, problem: .notText))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return .failure(ImportIssue(line: 1, column: nil, problem: .fileEmpty))
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: separator(of: text))
        } catch {
            return .failure(ImportIssue(line: 1, column: nil, problem: .notText))
        }
        var header: [String]?
        var rows: [PeopleTable.Row] = []
        var line = 1
        while let fields = reader.next() {
            let startLine = line
            // A quoted field may span lines; the next record starts after them.
            // Counted in bytes: walking characters would cost a grapheme break per cell.
            line += 1 + fields.reduce(0) { count, field in count + field.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if header == nil {
                header = fields
            } else {
                rows.append(PeopleTable.Row(line: startLine, fields: fields))
            }
        }
        if reader.error != nil {
            return .failure(ImportIssue(line: line, column: nil, problem: .notText))
        }
        guard let header else { return .failure(ImportIssue(line: 1, column: nil, problem: .fileEmpty)) }
        return .success(PeopleTable(header: header, rows: rows))
    }

    private static func decode(_ bytes: Data) -> String? {
        if let utf8 = String(data: bytes, encoding: .utf8) { return utf8 }
        // Text that is not UTF-8 but has no control bytes is taken as Windows-1252.
        guard !bytes.contains(where: { $0 < 0x09 || $0 == 0x7F }) else { return nil }
        return String(data: bytes, encoding: .windowsCP1252)
    }

    /// `;` when the header line has more of them than commas (Dutch Excel), else `,`.
    static func separator(of text: String) -> UnicodeScalar {
        var semicolons = 0
        var commas = 0
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if quoted { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == ";" { semicolons += 1 } else if scalar == "," { commas += 1 }
        }
        return semicolons > commas ? ";" : ","
    }
}
