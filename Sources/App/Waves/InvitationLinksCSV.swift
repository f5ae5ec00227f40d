import Fluent
import Vapor
import VeerkrachtCore

/// The personal links of a wave as CSV for a mail merge: everyone, or (reminders) only those
/// who have not finished.
struct InvitationLinksCSV {
    let db: any Database
    let links: SurveyLinks

    static let header = ["external_id", "email", "unit", "status", "link"]

    func render(waveID: UUID, tree: UnitTree, onlyUnfinished: Bool) async throws -> String {
        let rows = try await self.rows(waveID: waveID, tree: tree, onlyUnfinished: onlyUnfinished)
        var text = CSVText.row(Self.header)
        text.reserveCapacity(rows.count * 160)
        for row in rows { text += CSVText.row([row.externalId, row.email ?? "", row.unit, row.status, row.link]) }
        return text
    }

    /// The links in order of the people's external ids; the API pages through the same rows.
    func rows(waveID: UUID, tree: UnitTree, onlyUnfinished: Bool) async throws -> [InvitationLinkDTO] {
        var query = WaveInvitation.query(on: db).filter(\.$wave.$id == waveID).with(\.$person)
        if onlyUnfinished { query = query.filter(\.$statusValue != WaveInvitation.Status.completed.rawValue) }
        return try await query.all().sorted { $0.person.externalID < $1.person.externalID }.map { invitation in
            InvitationLinkDTO(externalId: invitation.person.externalID, email: invitation.person.email, unit: tree.path(of: invitation.unitID),
                              link: links.url(for: try invitation.requireID()), status: invitation.statusValue)
        }
    }
}

/// Writes CSV that spreadsheets open safely: a field that a spreadsheet would run as a formula
/// (its first non-blank character one of `= + - @`, or a tab or return) is prefixed with an
/// apostrophe, and a field is quoted whenever it holds a character any spreadsheet may split on
/// (a Dutch Excel splits on `;`), so `a;=1+1` stays one cell of text and never a formula.
enum CSVText {
    /// `protectFormulas` marks a cell a spreadsheet would run as a formula; off for CSV that a
    /// program reads back (the people import), where the value must stay as it is.
    static func row(_ fields: [String], protectFormulas: Bool = true) -> String {
        fields.map { field($0, protectFormulas: protectFormulas) }.joined(separator: ",") + "\r\n"
    }

    static func field(_ raw: String, protectFormulas: Bool = true) -> String {
        var value = raw
        if protectFormulas, let first = value.first(where: { $0 != " " }) ?? value.first, "=+-@\t\r".contains(first) {
            value = "'" + value
        }
        let splits: (Character) -> Bool = { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || (protectFormulas && ($0 == ";" || $0 == "\t")) }
        guard value.contains(where: splits) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
