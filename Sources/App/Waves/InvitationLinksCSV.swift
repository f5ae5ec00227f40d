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
        var query = WaveInvitation.query(on: db).filter(\.$wave.$id == waveID).with(\.$person)
        if onlyUnfinished { query = query.filter(\.$statusValue != WaveInvitation.Status.completed.rawValue) }
        let invitations = try await query.all()
            .sorted { $0.person.externalID < $1.person.externalID }
        var text = CSVText.row(Self.header)
        text.reserveCapacity(invitations.count * 160)
        for invitation in invitations {
            text += CSVText.row([invitation.person.externalID, invitation.person.email ?? "",
                                 tree.path(of: invitation.unitID), invitation.statusValue,
                                 links.url(for: try invitation.requireID())])
        }
        return text
    }
}

/// Writes CSV that spreadsheets open safely: fields quoted when needed, and a field that a
/// spreadsheet would run as a formula is prefixed with an apostrophe.
enum CSVText {
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ raw: String) -> String {
        var value = raw
        if let first = value.first, "=+-@\t\r".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
