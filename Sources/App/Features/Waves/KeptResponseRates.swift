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
/// Kept and made once for many requests by `KeptLoads`, as a wave's results are.
final class KeptResponseRates: Sendable {
    static let freshFor: TimeInterval = 5

    private let kept = KeptLoads<UUID, String, [UUID: ResponseRate]>(capacity: 64)

    /// How many times invitations were counted here: tests count them.
    var counts: Int { kept.loads }

    func rates(of wave: Wave, on db: any Database, now: Date) async throws -> [UUID: ResponseRate] {
        let waveID = try wave.requireID()
        let organisationID = wave.$organisation.id
        let closed = wave.lifecycle.effectiveStatus(at: now) == .closed
        let stamp = "\(closed)|\(wave.statusValue)|\(wave.resultsRevision)|\(wave.opensAt.timeIntervalSince1970)"
        let fresh = { (countedAt: Date) in closed || now.timeIntervalSince(countedAt) < Self.freshFor }
        return try await kept.value(
            for: waveID, stamp: stamp, now: now, isFresh: fresh,
            make: { try await WaveStore(db: db, organisationID: organisationID).responseRates(of: waveID) })
    }
}
