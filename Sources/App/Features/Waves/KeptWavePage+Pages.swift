import Fluent
import Foundation
import SQLKit
import Vapor
import VeerkrachtCore

/// The keys of a closed wave's other pages: its own page, the team mix, the diversity and the
/// open answers. Each starts from `KeptWavePage.key` (nil while the wave takes answers) and adds
/// whatever else the page shows.
extension KeptWavePage {
    /// The wave's page: what the reader's role may do, whether it can still be reopened, the
    /// pulses, rhythms and actions its follow-up section names (and the waves by name), and the
    /// mail queue's state where mail is set up.
    static func wavePageKey(_ req: Request, wave: ShownWave, tree: UnitTree, access: OrganisationAccess) async throws -> String? {
        let role = "\(access.role.maintainsOrganisation)|\(access.role >= .manager)|\(req.now < wave.model.closesAt)"
        guard let base = key("wave|\(role)", wave: wave, tree: tree, now: req.now) else { return nil }
        let reads = req.keyReads
        let organisation = access.organisationID
        var digest = KeyDigest()
        let parts = [
            RowTexts.Part("pulse", WavePulseRow.self), RowTexts.Part("rhythm", WaveRhythmRow.self),
            RowTexts.Part("action", ConversationActionRow.self), RowTexts.Part("wave", Wave.self)
        ]
        for row in try await RowTexts.read(parts, organisation: organisation, on: reads) { digest.add(row) }
        if req.application.configuration.mail != nil {
            digest.add("mail \(try await Outbox(db: req.db).status(waveID: try wave.model.requireID()))")
        }
        return base + "|" + digest.finish()
    }

    /// The list of waves: every wave's row with its phase at this moment (as
    /// `WaveLifecycle.phase(at:)` tells it: an open wave closed once its closing moment has come,
    /// planned until its opening moment), the gap between scans and whether the reader may edit.
    static func wavesKey(_ req: Request, access: OrganisationAccess) async throws -> String {
        let (now, open) = (req.now, WaveLifecycle.Status.open.rawValue)
        let phase: SQLQueryString = """
            CASE WHEN status = \(bind: open) AND closes_at <= \(bind: now) THEN 'closed'
            WHEN status = \(bind: open) AND opens_at > \(bind: now) THEN 'planned' ELSE status END
            """
        var digest = KeyDigest()
        for row in try await RowTexts.read(Wave.self, organisation: access.organisationID, extra: [phase], on: req.keyReads) {
            digest.add(row)
        }
        let gap: SQLQueryString = "SELECT survey_gap_weeks FROM organisations WHERE id = \(bind: access.organisationID)"
        let weeks = try await req.keyReads.rows(gap).first?.decode(column: "survey_gap_weeks", as: Int?.self)
        return "waves|\(access.organisationID)|\(access.role.maintainsOrganisation)|gap \(weeks.map { "\($0 ?? -1)" } ?? "-")|"
            + digest.finish()
    }

    /// The open answers of a group: the page asked for, who may hide answers, and how many
    /// answers of the wave were hidden (hiding is the one change to them).
    static func openAnswersKey(
        _ req: Request, wave: ShownWave, tree: UnitTree, group: ResultGroup, slice: OpenAnswerStore.Slice, canHide: Bool
    ) async throws -> String? {
        let asked = "\(canHide)|\(slice.isOneQuestion ? slice.questions.joined() : "")|\(slice.after?.uuidString ?? "")"
        guard let base = key("open|\(asked)", wave: wave, tree: tree, group: group, now: req.now) else { return nil }
        let hidden = try await req.quickRows(
            """
            SELECT COUNT(*) AS n FROM open_answer_hidings h JOIN \(ident: OpenAnswer.schema) a ON a.id = h.open_answer_id
            WHERE a.wave_id = \(bind: try wave.model.requireID())
            """
        ).first?.decode(column: "n", as: Int.self)
        return base + "|hidden \(hidden ?? 0)"
    }
}
