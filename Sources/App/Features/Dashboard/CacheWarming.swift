import Fluent
import Vapor

/// Fills the caches right after `serve` starts, so that the first manager who opens the
/// dashboard or the results after a restart or a deploy does not wait seconds for a load from
/// the database: the dashboard of each organisation whose waves were opened most recently,
/// until the results cache is full. It runs beside the first requests, not before them;
/// `/readyz` says when it is done (`StartUpWarmth`).
struct CacheWarming: LifecycleHandler {
    func didBoot(_ application: Application) throws {
        application.startUpWarmth.start(at: application.clock.now())
        Task { await Self.warm(application) }
    }

    static func warm(_ app: Application) async {
        let started = ContinuousClock.now
        defer { app.startUpWarmth.finish() }
        do {
            let latest = try await Wave.query(on: app.db).sort(\.$opensAt, .descending).field(\.$organisation.$id)
                .field(\.$opensAt).limit(1_000).all()
            var organisations: [UUID] = []
            for wave in latest where !organisations.contains(wave.$organisation.id) { organisations.append(wave.$organisation.id) }
            var warmed = 0
            for organisation in organisations {
                guard app.results.keptWaves.count < app.results.capacity else { break }
                let tree = try await UnitStore(db: app.db, organisationID: organisation).tree()
                _ = try await DashboardLoader(app, db: app.db, organisationID: organisation).load(unit: nil, tree: tree)
                warmed += 1
            }
            if warmed > 0 {
                app.logger.info("Caches warmed for \(warmed) organisation(s) in \(ContinuousClock.now - started).")
            }
        } catch {
            // Nothing lost: the first request loads what it needs itself.
            app.logger.warning("Warming the caches stopped: \(error)")
        }
    }
}
