import Foundation

/// The learning profiles of one wave as teams see them. A member who agreed to share is shown
/// by name with the order of their preferences, never a figure. The team's mix is not made from
/// these profiles but from the wave's anonymous results (`WaveResults.preferenceMix`), so it counts
/// exactly who the results count, under the same disclosure rule.
///
/// One more protection applies because names are shown beside it: the spread of strongest
/// preferences minus the named members' orders would give away the strongest preferences of the
/// others. So the mix is also held back where the people in it who are not named (nobody, or at
/// least the threshold, per `Disclosure` on the unit tree) could be singled out that way.
public struct TeamProfiles: Sendable {
    public struct Member: Sendable {
        public let node: Int
        public let ranking: [LearningPreference]
        /// nil for someone who did not agree to be shown by name.
        public let name: String?
        /// Whether the person's answers count in the anonymous results.
        public let counted: Bool

        public init(node: Int, ranking: [LearningPreference], name: String?, counted: Bool) {
            self.node = node
            self.ranking = ranking
            self.name = name
            self.counted = counted
        }
    }

    public struct View: Sendable {
        public let named: [(name: String, ranking: [LearningPreference])]
        /// The anonymous mix of everyone the results count; nil where it may not be shown.
        public let mix: PreferenceMix?
    }

    private let members: [Member]
    private let results: WaveResults
    private let others: Disclosure
    private let otherCounts: [Int]

    public init(members: [Member], results: WaveResults) {
        // Members are placed on the same unit tree as the results; one from another tree is
        // left out rather than read out of range.
        let members = members.filter { results.nodes.indices.contains($0.node) }
        var named = [Int](repeating: 0, count: results.nodes.count)
        for member in members where member.name != nil && member.counted { named[member.node] += 1 }
        self.init(members: members, namedAndCounted: named, results: results)
    }

    /// Without the members themselves, from how many people per node are shown by name and
    /// counted in the results: enough for `mix(of:)`, which is all the dashboard shows, while
    /// `view(of:)` names nobody. At a million respondents this spares reading 300,000 names.
    public init(namedAndCounted: [Int], results: WaveResults) {
        self.init(members: [], namedAndCounted: namedAndCounted, results: results)
    }

    private init(members: [Member], namedAndCounted named: [Int], results: WaveResults) {
        self.members = members
        self.results = results
        var own = results.ownProfileCounts()
        for node in own.indices where node < named.count { own[node] -= named[node] }
        // A named person whose response is not in the table cannot lower the others below zero.
        own = own.map { max(0, $0) }
        otherCounts = WaveResults.Layout.rolledUp(own, parents: results.parents, +)
        others = Disclosure(parents: results.parents, ownCounts: own, threshold: results.threshold)
    }

    /// The view of a unit with its sub-units (nil: the organisation); an unknown unit shows nothing.
    public func view(of unit: UUID?) -> View {
        guard let node = results.node(of: unit) else { return View(named: [], mix: nil) }
        let inside = WaveResults.Layout.subtree(of: node, parents: results.parents)
        let named = members.filter { inside[$0.node] }
            .compactMap { m in m.name.map { (name: $0, ranking: m.ranking) } }
            .sorted { $0.name < $1.name }
        return View(named: named, mix: mix(ofNode: node))
    }

    /// The mix of a unit as every page shows it (nil: the organisation), without the names.
    public func mix(of unit: UUID?) -> PreferenceMix? {
        results.node(of: unit).flatMap(mix(ofNode:))
    }

    private func mix(ofNode node: Int) -> PreferenceMix? {
        guard otherCounts[node] == 0 || others.isShown(unit: node) else { return nil }
        return results.preferenceMixes()[node]
    }
}
