import Fluent
import Foundation
import NIOConcurrencyHelpers
import VeerkrachtCore

/// How many people each unit invited, started and completed per wave, counted from its
/// invitations and kept. Counting them took 280 ms per visit of a wave page at 100,000 people
/// (SQLite) and 0.4–1.7 s at a million (PostgreSQL), so 32 advisors opening the page waited
/// seconds. A closed wave's counts no longer change: kept while its row does not change. An
/// open wave's are counted again once they are more than `freshFor` old, or at once when its
/// results revision shows a new response; so at most a few seconds pass before a person who
/// started shows. Several requests that find no counts wait for one count.
///
/// A lock, not an actor, for the same reason as `ResultsCache`.
final class KeptResponseRates: Sendable {
    static let freshFor: TimeInterval = 5

    private struct Counted {
        let stamp: String
        let countedAt: Date
        let rates: [UUID: ResponseRate]
    }

    private struct State {
        var counted = RecentlyRead<UUID, Counted>(capacity: 64)
        var counting: [UUID: (stamp: String, task: Task<[UUID: ResponseRate], any Error>)] = [:]
        var counts = 0
    }

    private enum Lookup {
        case counted([UUID: ResponseRate])
        case waiting(Task<[UUID: ResponseRate], any Error>)
        case started(Task<[UUID: ResponseRate], any Error>)
    }

    private let state = NIOLockedValueBox(State())

    /// How many times invitations were counted here: tests count them.
    var counts: Int { state.withLockedValue { $0.counts } }

    func rates(of wave: Wave, on db: any Database, now: Date) async throws -> [UUID: ResponseRate] {
        let waveID = try wave.requireID()
        let organisationID = wave.$organisation.id
        let closed = wave.lifecycle.effectiveStatus(at: now) == .closed
        let stamp = "\(closed)|\(wave.statusValue)|\(wave.resultsRevision)|\(wave.opensAt.timeIntervalSince1970)"
        let lookup = state.withLockedValue { state -> Lookup in
            if let kept = state.counted.read(waveID), kept.stamp == stamp,
                closed || now.timeIntervalSince(kept.countedAt) < Self.freshFor
            {
                return .counted(kept.rates)
            }
            if let counting = state.counting[waveID], counting.stamp == stamp { return .waiting(counting.task) }
            state.counts += 1
            let task = Task { try await WaveStore(db: db, organisationID: organisationID).responseRates(of: waveID) }
            state.counting[waveID] = (stamp, task)
            return .started(task)
        }
        switch lookup {
        case .counted(let rates): return rates
        case .waiting(let task): return try await task.value
        case .started(let task):
            let outcome = await task.result
            state.withLockedValue { state in
                if state.counting[waveID]?.stamp == stamp { state.counting[waveID] = nil }
                if case .success(let rates) = outcome {
                    state.counted.keep(Counted(stamp: stamp, countedAt: now, rates: rates), for: waveID)
                }
            }
            return try outcome.get()
        }
    }
}
