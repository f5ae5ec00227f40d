import Fluent
import Foundation
import Vapor
import VeerkrachtCore

/// What a follow-up pulse says about its action: per question the last full wave's score for
/// the unit beside the pulse's, once the pulse has closed. Both sides come through
/// `WaveResults.shownScale`, so a group below the threshold shows nothing, as everywhere.
struct PulseFollowUp: Sendable {
    struct Reading: Sendable {
        let topic: Topic
        /// nil where the last full wave did not show the group, or there was none.
        let before: Descriptives?
        /// nil where the pulse did not reach the threshold for the group.
        let after: Descriptives?

        var comparison: BeforeAfter? { before.flatMap { b in after.map { BeforeAfter(before: b, after: $0) } } }
    }

    let pulse: WaveSummary
    let phase: WaveLifecycle.Phase
    let baseline: WaveSummary?
    let unit: UUID?
    /// Empty until the pulse has closed: a follow-up is read once, not while it fills.
    let readings: [Reading]

    var isClosed: Bool { phase == .closed }
}

/// Reads the follow-ups of an organisation's action pulses.
struct FollowUps {
    let results: ResultsCache
    let db: any Database
    let organisationID: UUID
    let tree: UnitTree
    let now: Date

    init(_ req: Request, organisationID: UUID, tree: UnitTree) {
        self.init(results: req.application.results, db: req.db, organisationID: organisationID, tree: tree, now: req.now)
    }

    init(results: ResultsCache, db: any Database, organisationID: UUID, tree: UnitTree, now: Date) {
        self.results = results
        self.db = db
        self.organisationID = organisationID
        self.tree = tree
        self.now = now
    }

    /// Per action, its pulses in the order they were scheduled; `only` one action's, for its page.
    func byAction(only action: UUID? = nil) async throws -> [UUID: [PulseFollowUp]] {
        let store = PulseStore(db: db, organisationID: organisationID)
        let rows =
            if let action { try await store.pulses(ofAction: action) } else { try await store.all().filter { $0.actionID != nil } }
        guard !rows.isEmpty else { return [:] }
        let waves = Dictionary(
            try await WaveStore(db: db, organisationID: organisationID).all().compactMap { wave in wave.id.map { ($0, wave) } },
            uniquingKeysWith: { a, _ in a })
        var result: [UUID: [PulseFollowUp]] = [:]
        for row in rows {
            guard let action = row.actionID, let wave = waves[row.waveID] else { continue }
            result[action, default: []].append(try await followUp(row, wave: wave, baseline: row.baselineWaveID.flatMap { waves[$0] }))
        }
        return result
    }

    func followUp(_ row: WavePulseRow, wave: Wave, baseline: Wave?) async throws -> PulseFollowUp {
        let phase = wave.lifecycle.phase(at: now)
        var readings: [PulseFollowUp.Reading] = []
        if phase == .closed {
            let group = ResultGroup(unit: row.unitID)
            let after = try await results.results(for: wave, tree: tree, on: db, now: now)
            let before = try await baseline.asyncMap { try await results.results(for: $0, tree: tree, on: db, now: now) }
            for scale in after.scales.indices {
                guard let topic = Topic.conversation.first(where: { $0.scaleKey == after.scales[scale].key }) else { continue }
                let afterStats = after.tally(group).flatMap { after.shownScale(scale, in: $0) }?.descriptives
                let beforeStats = before.flatMap { results in
                    results.scales.firstIndex { $0.key == topic.scaleKey }.flatMap { index in
                        results.tally(group).flatMap { results.shownScale(index, in: $0) }?.descriptives
                    }
                }
                readings.append(PulseFollowUp.Reading(topic: topic, before: beforeStats, after: afterStats))
            }
        }
        return PulseFollowUp(
            pulse: WaveSummary(wave), phase: phase, baseline: baseline.map(WaveSummary.init), unit: row.unitID, readings: readings)
    }
}
