import Fluent
import Foundation
import SQLKit
import VeerkrachtCore

/// The pulses, rhythms and survey gap of one organisation; another organisation's rows are
/// never read.
struct PulseStore {
    let db: any Database
    let organisationID: UUID

    func all() async throws -> [WavePulseRow] {
        try await WavePulseRow.query(on: db).filter(\.$organisationID == organisationID).sort(\.$createdAt).all()
    }

    func pulses(ofAction action: UUID) async throws -> [WavePulseRow] {
        try await WavePulseRow.query(on: db).filter(\.$organisationID == organisationID).filter(\.$actionID == action)
            .sort(\.$createdAt).all()
    }

    func pulse(ofWave wave: UUID) async throws -> WavePulseRow? {
        try await WavePulseRow.query(on: db).filter(\.$organisationID == organisationID).filter(\.$waveID == wave).first()
    }

    func rhythm(ofSource wave: UUID) async throws -> WaveRhythmRow? {
        try await WaveRhythmRow.query(on: db).filter(\.$organisationID == organisationID).filter(\.$sourceWaveID == wave).first()
    }

    func rhythm(_ id: UUID) async throws -> WaveRhythmRow? {
        try await WaveRhythmRow.query(on: db).filter(\.$organisationID == organisationID).filter(\.$id == id).first()
    }

    /// The organisation's minimum gap between waves for the same people.
    func gap() async throws -> SurveyGap {
        let weeks = try await db.sql.select().column("survey_gap_weeks").from("organisations").where("id", .equal, organisationID)
            .first()?.decode(column: "survey_gap_weeks", as: Int.self)
        return SurveyGap(weeks: weeks ?? SurveyGap.defaultWeeks)
    }

    func setGap(weeks: Int) async throws {
        try await db.sql.update("organisations").set("survey_gap_weeks", to: weeks).where("id", .equal, organisationID).run()
    }

    /// Waves planned or held for some of the people in `scope`: every wave but drafts and `except`.
    func neighbours(of scope: Set<UUID>, tree: UnitTree, except: UUID?) async throws -> [SurveyGap.Neighbour] {
        try await WaveStore(db: db, organisationID: organisationID).all()
            .filter { $0.lifecycle.status != .draft && $0.id != except }
            .filter { !WaveSettings.unitsInScope($0.units, of: tree).isDisjoint(with: scope) }
            .map { SurveyGap.Neighbour(name: $0.name, window: DateInterval(start: $0.opensAt, end: max($0.opensAt, $0.closesAt))) }
    }

    /// The last full DLO wave that closed before `moment` and asked everyone of `unit` (the
    /// whole organisation: any full wave): what a pulse's figures are set against.
    func baseline(for unit: UUID?, before moment: Date, tree: UnitTree, now: Date) async throws -> Wave? {
        try await WaveStore(db: db, organisationID: organisationID).all()
            .filter { $0.uses(DLOScan.version1.id) && $0.lifecycle.effectiveStatus(at: now) == .closed && $0.opensAt < moment }
            .filter { wave in unit.map { WaveSettings.unitsInScope(wave.units, of: tree).contains($0) } ?? true }
            .max { $0.opensAt < $1.opensAt }
    }
}
