import Foundation

extension UnitTree {
    /// The path of the active unit an unknown reference most likely meant, for "did you mean
    /// Wijkzorg / Team Zuid?": a unit whose name is the reference's last part, or whose path or
    /// name is a few typing errors away. Nil when nothing is close. Bounded work: a reference
    /// longer than `maximumSuggestionLength` gets no suggestion.
    public func suggestion(for reference: String) -> String? {
        let wanted = reference.trimmingCharacters(in: .whitespaces).lowercased()
        guard !wanted.isEmpty, wanted.count <= Self.maximumSuggestionLength else { return nil }
        let lastPart = wanted.split(separator: Character(Self.pathSeparator)).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? wanted
        let active = nodes.values.filter { !$0.isArchived }
        let sameName = active.filter { $0.name.lowercased() == lastPart }
        if sameName.count == 1, let only = sameName.first { return path(of: only.id) }
        let allowed = max(2, wanted.count / 4)
        var best: (distance: Int, path: String)?
        for node in active {
            let fullPath = path(of: node.id)
            let distance = min(
                EditDistance.between(wanted, fullPath.lowercased(), limit: allowed),
                EditDistance.between(lastPart, node.name.lowercased(), limit: allowed))
            guard distance <= allowed else { continue }
            // Ties go to the shorter path, then alphabetically, so the answer does not depend on order.
            if let current = best, (distance, fullPath.count, fullPath) >= (current.distance, current.path.count, current.path) { continue }
            best = (distance, fullPath)
        }
        return best?.path
    }

    public static let maximumSuggestionLength = 200
}

/// The number of single-character insertions, deletions and substitutions between two texts,
/// or `limit + 1` as soon as it is certain to exceed `limit` (so a long text costs little).
public enum EditDistance {
    public static func between(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
