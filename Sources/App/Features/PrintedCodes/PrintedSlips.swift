import Fluent
import Foundation
import SQLKit
import Vapor
import VeerkrachtCore

/// Slips with personal codes for one unit of a wave (with its sub-units), as a PDF to print
/// and cut: for everyone, or (reminders) only for those who have not finished. Printing sets
/// each invitation's code hash, so a code works from the moment its slip exists.
struct PrintedSlips {
    let db: any Database
    let links: SurveyLinks

    /// More slips than this in one PDF is a job for several units; the request stays bounded.
    static let largest = 5_000

    struct Row {
        let invitation: UUID
        let unit: UUID
        let externalID: String
    }

    enum Outcome {
        case slips(SlipSheets)
        case tooMany(Int)
    }

    func slips(
        wave: UUID, unit: UUID?, tree: UnitTree, onlyUnfinished: Bool, strings: any Strings
    ) async throws -> Outcome {
        let units = unit.map { tree.subtree(of: $0).map(\.id) }
        let rows = try await self.rows(wave: wave, units: units, onlyUnfinished: onlyUnfinished)
        guard rows.count <= Self.largest else { return .tooMany(rows.count) }
        let codes = rows.map { links.code(for: $0.invitation) }
        try await db.transaction { db in
            for (row, code) in zip(rows, codes) {
                try await db.sql.update("wave_invitations").set("code_hash", to: SurveyLinks.codeHash(code))
                    .where("id", .equal, row.invitation).run()
            }
        }
        let address = links.publicURL.absoluteString + Route.codeEntry.path
        return .slips(
            SlipSheets(
                slips: zip(rows, codes).map { row, code in
                    SlipSheets.Slip(
                        outside: row.externalID, outsideNote: tree.path(of: row.unit),
                        inside: strings.slipInstructions(address: address), code: PersonalCode.grouped(code))
                }))
    }

    private func rows(wave: UUID, units: [UUID]?, onlyUnfinished: Bool) async throws -> [Row] {
        let unfinished: SQLQueryString =
            onlyUnfinished ? "AND i.status <> \(bind: WaveInvitation.Status.completed.rawValue)" : ""
        let inUnits: SQLQueryString = units.map { "AND i.unit_id IN (\(binds: $0))" } ?? ""
        return try await db.sql.raw(
            """
            SELECT i.id, i.unit_id, p.external_id FROM wave_invitations i JOIN people p ON p.id = i.person_id
            WHERE i.wave_id = \(bind: wave) \(inUnits) \(unfinished)
            ORDER BY p.external_id LIMIT \(bind: Self.largest + 1)
            """
        ).all().map {
            Row(
                invitation: try $0.decode(column: "id", as: UUID.self), unit: try $0.decode(column: "unit_id", as: UUID.self),
                externalID: try $0.decode(column: "external_id", as: String.self))
        }
    }
}

extension WavesController {
    struct SlipsQuery: Content {
        var unit: String?
        var unfinished: String?
    }

    /// The unit a form chose: none for all units; a unit not in the organisation's tree is a bad request.
    static func chosenUnit(_ text: String?, in tree: UnitTree) throws -> UUID? {
        guard let text, !text.isEmpty else { return nil }
        guard let id = UUID(uuidString: text), tree.nodes[id] != nil else { throw AppError.badRequest("unit") }
        return id
    }

    /// `GET …/waves/{wave}/slips.pdf?unit=…[&unfinished=1]`.
    func slips(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let wave = try await wave(req, access)
        let query = try req.query.decode(SlipsQuery.self)
        let tree = try await req.unitTree(access.organisationID)
        let unit = try Self.chosenUnit(query.unit, in: tree)
        guard wave.lifecycle.status != .draft else {
            return try await refreshed(req, access, wave, error: req.strings.slipsNeedAnOpenWave)
        }
        let outcome = try await PrintedSlips(db: req.db, links: req.application.surveyLinks).slips(
            wave: try wave.requireID(), unit: unit, tree: tree, onlyUnfinished: query.unfinished == "1", strings: req.strings)
        switch outcome {
        case .tooMany:
            return try await refreshed(req, access, wave, error: req.strings.slipsTooMany(PrintedSlips.largest))
        case .slips(let sheets):
            let response = Response(status: .ok, body: .init(data: sheets.pdf()))
            response.headers.contentType = HTTPMediaType(type: "application", subType: "pdf")
            let name = "slips-\(try wave.requireID().uuidString.prefix(8))\(query.unfinished == "1" ? "-reminders" : "").pdf"
            response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        }
    }
}
