import Fluent
import Foundation
import SQLKit
import Vapor
import VeerkrachtCore

/// The key under which a dashboard is kept (`KeptPages`): a digest of every row it is made
/// from, read as text without building anything from them (`RowTexts`). The waves (their
/// results and profile revisions, and each one's status at this moment), the programmes, the
/// agreed actions and pulses, the organisation's people and units revisions; with the day
/// (overdue actions and programmes), the unit asked for and whether the reader may start a wave.
/// Rendering the dashboard took 40% of its request at 100,000 respondents (perf); these reads
/// are a few small rows, in one statement.
enum KeptDashboard {
    static func key(_ req: Request, organisationID: UUID, unit: UUID?, unitsRevision: Int, canStartWave: Bool) async throws -> String {
        try await key(req, organisationID: organisationID, unit: unit, unitsRevision: unitsRevision, canStartWave: canStartWave, also: [])
            .key
    }

    /// With `also`, rows of a page that stands on the dashboard (a conversation's own, the
    /// organisation's name), read in the same statement and named in the key; `found` holds the
    /// labels of the parts that had a row.
    static func key(
        _ req: Request, organisationID: UUID, unit: UUID?, unitsRevision: Int, canStartWave: Bool, also: [RowTexts.Part]
    ) async throws -> (key: String, found: Set<String>) {
        var digest = KeyDigest()
        let parts =
            [
                waves(req), RowTexts.Part("programme", ProgrammeRow.self), RowTexts.Part("action", ConversationActionRow.self),
                RowTexts.Part("pulse", WavePulseRow.self), RowTexts.Part("people", organisationColumns: ["people_revision"])
            ] + also
        var found: Set<String> = []
        for row in try await RowTexts.read(parts, organisation: organisationID, on: req.keyReads) {
            digest.add(row)
            found.insert(String(row.prefix { $0 != " " }))
        }
        digest.add("units \(unitsRevision)")
        digest.add("\(req.today)|\(unit?.uuidString ?? "all")|\(canStartWave)")
        return ("dashboard|\(organisationID)|" + digest.finish(), found)
    }

    /// Every wave of the organisation as it stands now: each row (its results and profile
    /// revisions among its columns, raised by every response on any server) and whether it
    /// has closed by now, as a wave still marked open whose closing moment has passed shows
    /// as closed.
    static func waves(_ req: Request) -> RowTexts.Part {
        let status: SQLQueryString = "CASE WHEN status = 'open' AND closes_at <= \(bind: req.now) THEN 'closed' ELSE status END"
        return RowTexts.Part("wave", Wave.self, extra: [status])
    }
}
