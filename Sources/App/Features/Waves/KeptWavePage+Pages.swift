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
        for row in try await RowTexts.read(WavePulseRow.self, organisation: organisation, on: reads) { digest.add("pulse " + row) }
        for row in try await RowTexts.read(WaveRhythmRow.self, organisation: organisation, on: reads) { digest.add("rhythm " + row) }
        for row in try await RowTexts.read(ConversationActionRow.self, organisation: organisation, on: reads) {
            digest.add("action " + row)
        }
        for row in try await RowTexts.read(Wave.self, organisation: organisation, on: reads) { digest.add("wave " + row) }
        if req.application.configuration.mail != nil {
            digest.add("mail \(try await Outbox(db: req.db).status(waveID: try wave.model.requireID()))")
        }
        return base + "|" + digest.finish()
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
