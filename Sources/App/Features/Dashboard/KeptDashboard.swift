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
/// are a few small rows.
enum KeptDashboard {
    static func key(
        _ req: Request, organisationID: UUID, unit: UUID?, unitsRevision: Int, canStartWave: Bool
    ) async throws -> String {
        let reads = req.keyReads
        var digest = KeyDigest()
        try await addWaves(of: organisationID, to: &digest, req)
        for programme in try await RowTexts.read(ProgrammeRow.self, organisation: organisationID, on: reads) {
            digest.add("programme " + programme)
        }
        for action in try await RowTexts.read(ConversationActionRow.self, organisation: organisationID, on: reads) {
            digest.add("action " + action)
        }
        for pulse in try await RowTexts.read(WavePulseRow.self, organisation: organisationID, on: reads) {
            digest.add("pulse " + pulse)
        }
        let people = try await PeopleRevision.read(of: organisationID, on: reads)
        digest.add("people \(people ?? -1)|units \(unitsRevision)")
        digest.add("\(req.today)|\(unit?.uuidString ?? "all")|\(canStartWave)")
        return "dashboard|\(organisationID)|" + digest.finish()
    }

    /// Every wave of the organisation as it stands now: each row (its results and profile
    /// revisions among its columns, raised by every response on any server) and whether it
    /// has closed by now, as a wave still marked open whose closing moment has passed shows
    /// as closed.
    static func addWaves(of organisationID: UUID, to digest: inout KeyDigest, _ req: Request) async throws {
        let status: SQLQueryString = "CASE WHEN status = 'open' AND closes_at <= \(bind: req.now) THEN 'closed' ELSE status END"
        for wave in try await RowTexts.read(Wave.self, organisation: organisationID, extra: [status], on: req.keyReads) {
            digest.add("wave " + wave)
        }
    }
}
