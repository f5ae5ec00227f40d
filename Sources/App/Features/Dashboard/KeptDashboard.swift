import Crypto
import Fluent
import Foundation
import SQLKit
import Vapor
import VeerkrachtCore

/// The key under which a dashboard is kept (`KeptPages`): a digest of every row it is made
/// from, read without building anything from them. The waves (their results and profile
/// revisions, and each one's status at this moment), the programmes, the agreed actions, the
/// organisation's people and units revisions and the units as pages name them; with the day
/// (overdue actions and programmes), the unit asked for and whether the reader may start a wave.
/// Rendering the dashboard took 40% of its request at 100,000 respondents (perf); these reads
/// are a few small rows.
enum KeptDashboard {
    static func key(_ req: Request, organisationID: UUID, unit: UUID?, tree: UnitTree, canStartWave: Bool) async throws -> String {
        var digest = SHA256()
        func add(_ text: String) { digest.update(data: Data((text + "\u{1F}").utf8)) }
        for wave in try await Wave.query(on: req.db).filter(\.$organisation.$id == organisationID).sort(\.$id).all() {
            add(try KeptWavePage.row(wave))
            add("\(wave.lifecycle.effectiveStatus(at: req.now))")
        }
        let programmes = try await req.db.sql.select().column("id").column("document").from(ProgrammeRow.schema)
            .where("organisation_id", .equal, organisationID).orderBy("id").all(decoding: ProgrammeDocument.self)
        for programme in programmes { add("\(programme.id)|\(programme.document)") }
        for action in try await ConversationActionRow.query(on: req.db).filter(\.$organisation.$id == organisationID).sort(\.$id).all() {
            add(try KeptWavePage.row(action))
        }
        for pulse in try await WavePulseRow.query(on: req.db).filter(\.$organisationID == organisationID).sort(\.$id).all() {
            add(
                "pulse \(pulse.waveID)|\(pulse.actionID?.uuidString ?? "")|\(pulse.baselineWaveID?.uuidString ?? "")|\(pulse.unitID?.uuidString ?? "")"
            )
        }
        let people = try await PeopleRevision.read(of: organisationID, on: req.db.sql)
        add("people \(people ?? -1)")
        add("units \(KeptWavePage.units(tree))")
        add("\(req.today)|\(unit?.uuidString ?? "all")|\(canStartWave)")
        return "dashboard|\(organisationID)|" + digest.finalize().map { String(format: "%02x", $0) }.joined()
    }

    private struct ProgrammeDocument: Decodable {
        let id: UUID
        let document: String
    }
}
