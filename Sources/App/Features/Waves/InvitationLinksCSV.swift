import Fluent
import Vapor
import VeerkrachtCore

/// The personal links of a wave as CSV for a mail merge: everyone, or (reminders) only those
/// who have not finished.
struct InvitationLinksCSV {
    let db: any Database
    let links: SurveyLinks

    static let header = ["external_id", "email", "unit", "status", "link"]

    func render(waveID: UUID, tree: UnitTree, onlyUnfinished: Bool, dialect: CSVDialect) async throws -> String {
        let rows = try await self.rows(waveID: waveID, tree: tree, onlyUnfinished: onlyUnfinished)
        var text = CSVDialect.byteOrderMark + dialect.row(Self.header)
        text.reserveCapacity(rows.count * 160)
        for row in rows { text += dialect.row([row.externalId, row.email ?? "", row.unit, row.status, row.link]) }
        return text
    }

    /// The links in order of the people's external ids; the API pages through the same rows.
    func rows(waveID: UUID, tree: UnitTree, onlyUnfinished: Bool) async throws -> [InvitationLinkDTO] {
        var query = WaveInvitation.query(on: db).filter(\.$wave.$id == waveID).with(\.$person)
        if onlyUnfinished { query = query.filter(\.$statusValue != WaveInvitation.Status.completed.rawValue) }
        return try await query.all().sorted { $0.person.externalID < $1.person.externalID }.map { invitation in
            InvitationLinkDTO(
                externalId: invitation.person.externalID, email: invitation.person.email, unit: tree.path(of: invitation.unitID),
                link: links.url(for: try invitation.requireID()), status: invitation.statusValue)
        }
    }
}
