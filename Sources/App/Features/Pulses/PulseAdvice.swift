import Fluent
import Foundation
import Vapor
import VeerkrachtCore

/// What the scheduling form says before anything is scheduled: which full wave the pulse will be
/// compared with, and whether that wave showed the group on the chosen questions at all.
struct PulseAdvice {
    let app: Application
    let db: any Database
    let organisationID: UUID
    let tree: UnitTree
    let now: Date
    let strings: any Strings

    init(_ req: Request, organisationID: UUID, tree: UnitTree) {
        app = req.application
        db = req.db
        self.organisationID = organisationID
        self.tree = tree
        now = req.now
        strings = req.strings
    }

    func advice(unit: UUID?, topics: [String]) async throws -> String? {
        if let unit, tree.nodes[unit] == nil { return nil }
        let store = PulseStore(db: db, organisationID: organisationID)
        guard let baseline = try await store.baseline(for: unit, before: now, tree: tree, now: now) else { return strings.pulseNoBaseline }
        let results = try await app.results.results(for: baseline, tree: tree, on: db, now: now)
        let tally = results.tally(ResultGroup(unit: unit))
        let hidden = Topic.conversation.filter { topics.contains($0.rawValue) }.filter { topic in
            let index = results.scales.firstIndex { $0.key == topic.scaleKey }
            return index.flatMap { index in tally.flatMap { results.shownScale(index, in: $0) } } == nil
        }
        guard hidden.isEmpty else {
            let text = DashboardText(strings.language)
            return strings.pulseBaselineTooSmall(baseline.name, questions: strings.list(hidden.map(text.shortName)))
        }
        return strings.pulseBaseline(baseline.name)
    }
}
