import Fluent
import Vapor
import VeerkrachtCore

/// One scale across every opened wave of its instrument for one group, pulses included: the
/// trend page and the API read the same points. Every figure comes through `shownScale`.
struct TrendLoader {
    let req: Request
    let organisationID: UUID
    let tree: UnitTree

    init(_ req: Request, organisationID: UUID, tree: UnitTree) {
        self.req = req
        self.organisationID = organisationID
        self.tree = tree
    }

    func points(of scale: ResultScale, group: ResultGroup) async throws -> [TrendPage.Point] {
        var points: [TrendPage.Point] = []
        let waves = try await WaveStore(db: req.db, organisationID: organisationID).all().sorted { $0.opensAt < $1.opensAt }
        let everyUnit = Set(tree.nodes.values.filter { !$0.isArchived }.map(\.id))
        for wave in waves where wave.lifecycle.status != .draft && asks(wave, scale) {
            // A pulse asked one unit: it stands in a trend only for groups it asked entirely.
            if wave.isPulse {
                let scope = WaveSettings.unitsInScope(wave.units, of: tree)
                guard group.unit.map(scope.contains) ?? (scope == everyUnit) else { continue }
            }
            let results = try await req.application.results.results(for: wave, tree: tree, on: req.db, now: req.now)
            guard let index = results.scales.firstIndex(where: { $0.key == scale.key }) else { continue }
            let stats = results.tally(group).flatMap { results.shownScale(index, in: $0) }
            points.append(TrendPage.Point(wave: WaveSummary(wave), statistics: stats))
        }
        return points
    }

    private func asks(_ wave: Wave, _ scale: ResultScale) -> Bool {
        wave.instruments.contains { InstrumentReference(parsing: $0)?.id == scale.instrument.id }
    }
}
