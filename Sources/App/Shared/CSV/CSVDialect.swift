import Foundation
import Vapor
import VeerkrachtCore

/// How a download is written for the person asking. A Dutch Excel splits a CSV file on `;` and
/// reads `3.5` as thirty-five thousand, so Dutch readers get `;` and a decimal comma; everyone
/// else gets `,` and a dot. Both start with a byte-order mark so Excel reads UTF-8. Files for
/// programs (the organisation export, the API) always use the international dialect.
struct CSVDialect: Sendable, Equatable {
    let separator: Character
    let decimalSeparator: Character

    static let international = CSVDialect(separator: ",", decimalSeparator: ".")
    static let dutch = CSVDialect(separator: ";", decimalSeparator: ",")

    static func of(_ language: VeerkrachtCore.Language) -> CSVDialect {
        language == .nl ? .dutch : .international
    }

    /// What Excel needs at the start of a UTF-8 file.
    static let byteOrderMark = "\u{FEFF}"

    func row(_ fields: [String], protectFormulas: Bool = true) -> String {
        CSVText.row(fields, separator: separator, protectFormulas: protectFormulas)
    }

    func number(_ value: Double?) -> String {
        let written = CSVDownload.number(value)
        return decimalSeparator == "." ? written : written.replacingOccurrences(of: ".", with: String(decimalSeparator))
    }
}

extension Request {
    /// The dialect of the signed-in person's language (`Request.language`).
    var csvDialect: CSVDialect { .of(language) }
}
