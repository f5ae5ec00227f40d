import Fluent
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import SQLKit
import Vapor
import VeerkrachtCore

/// Stores the cells of waves that have closed, in the background, so that neither the first
/// reader after a close nor a server's start waits for the grouping: at a million responses one
/// wave took PostgreSQL about five seconds (grouping, storing, releasing), and a server started
/// after three such waves had closed was ready only after 17–24 s. A reader who comes before the
/// sweep still stores the cells itself (`ResultsLoader.loadClosed`); two at once, or two
/// servers, wait for each other on the wave's row and store them once.
final class ClosedWaveCells: Sendable {
    /// A wave at one results revision.
    struct Pending: Hashable, Sendable {
        let wave: UUID
        let revision: Int
    }

    /// How often a server looks for newly closed waves: soon enough that a wave closed by hand
    /// is stored before its advisor has found the results page, and cheap (one query on the
    /// waves, which are few).
    static let interval: Duration = .seconds(5)
    /// Most waves one sweep tries: the first sweep after an upgrade finds every wave that closed
    /// before it, and should not keep the database busy for long; the rest follow a sweep later.
    static let wavesPerSweep = 3
    /// After a sweep that stored waves, the next waits this many times as long as it took, so a
    /// backlog (three waves of a million took 21.5 s) keeps the database busy a third of the time
    /// at most.
    static let restAfterWork = 2

    /// Waves whose cells could not be stored at a revision (a response without compact answers,
    /// see `ResultsLoader.storeCells`): not tried again, and not looked through again at
    /// every sweep, until their revision moves (`rebuild-aggregates` raises it when it repairs them).
    private let refused = NIOLockedValueBox<Set<Pending>>([])

    /// Waves closed by `now` without cells stored at their revision, the latest to close first:
    /// those are the ones people are about to read.
    static func pending(now: Date, on sql: any SQLDatabase) async throws -> [Pending] {
        let open = WaveLifecycle.Status.open.rawValue
        let closed = WaveLifecycle.Status.closed.rawValue
        return try await sql.raw(
            """
            SELECT w.id, w.results_revision FROM waves w
            WHERE (w.status = \(bind: closed) OR (w.status = \(bind: open) AND w.closes_at <= \(bind: now)))
              AND NOT EXISTS (SELECT 1 FROM result_snapshots s WHERE s.wave_id = w.id AND s.results_revision = w.results_revision)
            ORDER BY w.closes_at DESC, w.id
            """
        ).all().map {
            Pending(wave: try $0.decode(column: "id", as: UUID.self), revision: try $0.decode(column: "results_revision", as: Int.self))
        }
    }

    /// Stores the cells of up to `wavesPerSweep` pending waves, one after the other; returns the
    /// waves whose cells are stored now.
    @discardableResult
    func sweep(now: Date, on db: any Database) async throws -> [UUID] {
        let refused = self.refused.withLockedValue { $0 }
        var stored: [UUID] = []
        for wave in try await Self.pending(now: now, on: db.sql).filter({ !refused.contains($0) }).prefix(Self.wavesPerSweep) {
            // A stopping server waits for the wave in hand, not for the rest.
            if Task.isCancelled { break }
            if try await ResultsLoader.storeCells(of: wave.wave, at: wave.revision, on: db) {
                stored.append(wave.wave)
            } else {
                self.refused.withLockedValue { _ = $0.insert(wave) }
            }
        }
        return stored
    }
}

/// Sweeps every few seconds while the server runs, on the database kept for long work.
struct ClosedWaveCellsLifecycle: LifecycleHandler {
    func didBoot(_ application: Application) throws {
        application.repeatInBackground(after: ClosedWaveCells.interval, every: ClosedWaveCells.interval) {
            do {
                let started = ContinuousClock.now
                let stored = try await application.closedWaveCells.sweep(now: application.clock.now(), on: application.longWorkDatabase)
                if !stored.isEmpty {
                    let took = ContinuousClock.now - started
                    application.logger.info("Stored the results of \(stored.count) closed wave(s) in \(took).")
                    // The next sweep is scheduled once this one returns.
                    try? await Task.sleep(for: took * ClosedWaveCells.restAfterWork)
                }
            } catch {
                // Nothing lost: the first reader of such a wave stores its cells itself.
                application.logger.warning("Storing the results of closed waves stopped: \(error)")
            }
        }
    }
}
