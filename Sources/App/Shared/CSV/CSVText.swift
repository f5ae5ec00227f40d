import Foundation

/// Writes CSV that spreadsheets open safely: a field that a spreadsheet would run as a formula
/// (its first non-blank character one of `= + - @`, or a tab or return) is prefixed with an
/// apostrophe, and a field is quoted whenever it holds a character any spreadsheet may split on
/// (a Dutch Excel splits on `;`), so `a;=1+1` stays one cell of text and never a formula.
enum CSVText {
    /// `protectFormulas` marks a cell a spreadsheet would run as a formula; off for CSV that a
    /// program reads back (the people import), where the value must stay as it is.
    static func row(_ fields: [String], separator: Character = ",", protectFormulas: Bool = true) -> String {
        fields.map { field($0, protectFormulas: protectFormulas, separator: separator) }.joined(separator: String(separator)) + "\r\n"
    }

    static func field(_ raw: String, protectFormulas: Bool = true, separator: Character = ",") -> String {
        var value = raw
        if protectFormulas, let first = value.first(where: { $0 != " " }) ?? value.first, "=+-@\t\r".contains(first) {
            value = "'" + value
        }
        let splits: (Character) -> Bool = {
            $0 == separator || $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || (protectFormulas && ($0 == ";" || $0 == "\t"))
        }
        guard value.contains(where: splits) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
