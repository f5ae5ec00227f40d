import Fluent
import Foundation
import VeerkrachtCore

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
/// Marks a wave as a follow-up pulse: of an action (for the before → after), or a run of a
/// rhythm. The wave itself is an ordinary wave with a short-form instrument.
final class WavePulseRow: Model, @unchecked Sendable {
    static let schema = "wave_pulses"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "wave_id") var waveID: UUID
    @OptionalField(key: "action_id") var actionID: UUID?
    @OptionalField(key: "rhythm_id") var rhythmID: UUID?
    /// The last full wave for the unit when the pulse was scheduled: the "before".
    @OptionalField(key: "baseline_wave_id") var baselineWaveID: UUID?
    /// The group the before → after is read for; nil for the whole organisation.
    @OptionalField(key: "unit_id") var unitID: UUID?
    @Field(key: "created_by") var createdBy: UUID
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
/// A wave repeated every few months on some of its scales; each run starts as a draft.
final class WaveRhythmRow: Model, @unchecked Sendable {
    static let schema = "wave_rhythms"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "source_wave_id") var sourceWaveID: UUID
    @Field(key: "months") var months: Int
    /// Comma-separated short-form references, as `Wave.instrumentList`.
    @Field(key: "instruments") var instrumentList: String
    @Field(key: "created_by") var createdBy: UUID
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var rhythm: Rhythm { Rhythm(months: months, instruments: instrumentList.split(separator: ",").map(String.init)) }
}
