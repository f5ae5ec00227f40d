import Foundation

/// The learning profiles of one wave as teams see them. A member who agreed to share is shown
/// by name with the order of their preferences (never their scores); everyone else counts only
/// in the team's anonymous mix, and that mix is shown only where `Disclosure`, applied to the
/// people who did not share, allows it: the named members are known to the viewer, so they
/// cannot be what keeps the others anonymous.
public struct TeamProfiles: Sendable {
    public struct Member: Sendable {
        public let node: Int
        public let profile: LearningProfile
        /// nil for someone who did not agree to be shown by name.
        public let name: String?

        public init(node: Int, profile: LearningProfile, name: String?) {
            self.node = node
            self.profile = profile
            self.name = name
        }
    }

    public struct View: Sendable {
        public let named: [(name: String, ranking: [LearningPreference])]
        /// Everyone's mix, named and not; nil when the people who did not share may not be shown.
        public let mix: PreferenceMix?
        public let unnamed: Int
    }

    private let members: [Member]
    private let layout: WaveResults.Layout
    private let disclosure: Disclosure

    public init(members: [Member], layout: WaveResults.Layout, threshold: Int) {
        self.members = members
        self.layout = layout
        var own = [[Int: Int]](repeating: [:], count: layout.nodes.count)
        for member in members where member.name == nil { own[member.node][0, default: 0] += 1 }
        disclosure = Disclosure(parents: layout.parents, ownCells: own, bandValues: [1, 1, 1], threshold: threshold)
    }

    /// Views already made: the profiles of a wave a cache keeps do not change, and a mix of
    /// 100,000 profiles is worth making once.
    private let memo = ViewMemo()

    final class ViewMemo: @unchecked Sendable {
        private let lock = NSLock()
        private var views: [Int: View] = [:]

        func view(_ node: Int, _ make: () -> View) -> View {
            if let known = lock.withLock({ views[node] }) { return known }
            let view = make()
            lock.withLock { views[node] = view }
            return view
        }
    }

    /// The view of a unit with its sub-units (nil: the organisation).
    public func view(of unit: UUID?) -> View {
        let node = layout.node(of: unit)
        return memo.view(node) { makeView(node) }
    }

    private func makeView(_ node: Int) -> View {
        let inside = layout.subtree(of: node)
        let team = members.filter { inside[$0.node] }
        let named = team.compactMap { m in m.name.map { (name: $0, ranking: m.profile.ranking) } }.sorted { $0.name < $1.name }
        let unnamed = team.filter { $0.name == nil }
        let showsAll = unnamed.isEmpty || disclosure.isShown(unit: node)
        return View(named: named, mix: showsAll ? PreferenceMix(team.map(\.profile)) : nil, unnamed: unnamed.count)
    }
}
