import Fluent
import SQLKit
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

    /// The links in order of the people's external ids, all of them or (`page`) at most
    /// `limit + 1` after the cursor's id: the database walks the people's index from there,
    /// so a page costs the same at the start and at the end of a wave of any size. The extra
    /// row only says that another page follows. The organisation is a scalar subquery, not a
    /// join: PostgreSQL then walks (organisation_id, external_id) in order and stops after the
    /// page (2.9 ms a page at a million people), where the join made it sort the whole
    /// organisation for every page (540 ms).
    func rows(
        waveID: UUID, tree: UnitTree, onlyUnfinished: Bool, page: (after: String?, limit: Int)? = nil
    ) async throws -> [InvitationLinkDTO] {
        let unfinished: SQLQueryString =
            onlyUnfinished ? "AND i.status <> \(bind: WaveInvitation.Status.completed.rawValue)" : ""
        let after: SQLQueryString = page?.after.map { "AND p.external_id > \(bind: $0)" } ?? ""
        let limit: SQLQueryString = page.map { "LIMIT \(bind: $0.limit + 1)" } ?? ""
        let rows = try await db.sql.raw(
            """
            SELECT i.id, i.unit_id, i.status, p.external_id, p.email
            FROM people p JOIN wave_invitations i ON i.wave_id = \(bind: waveID) AND i.person_id = p.id
            WHERE p.organisation_id = (SELECT organisation_id FROM waves WHERE id = \(bind: waveID)) \(unfinished) \(after)
            ORDER BY p.external_id \(limit)
            """
        ).all()
        return try rows.map { row in
            InvitationLinkDTO(
                externalId: try row.decode(column: "external_id", as: String.self),
                email: try row.decode(column: "email", as: String?.self),
                unit: tree.path(of: try row.decode(column: "unit_id", as: UUID.self)),
                link: links.url(for: try row.decode(column: "id", as: UUID.self)),
                status: try row.decode(column: "status", as: String.self))
        }
    }
}
