import Fluent
import Foundation
import VeerkrachtCore

/// What an advisor looks for in the people list: a text found in the external id, the e-mail
/// address or the unit's path, and a unit (with everything below it). Bounded: the text is cut
/// to 100 characters, and matching units are found in the tree in memory, not per row.
struct PeopleSearch: Sendable {
    let text: String
    let unit: UUID?
    /// The units the text matches by path, and the units below the chosen unit.
    private let unitsMatchingText: [UUID]
    private let unitsInScope: [UUID]?

    static let maximumLength = 100

    init(text: String?, unit: String?, tree: UnitTree) {
        let cleaned = String((text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(Self.maximumLength))
        self.text = TextRules.containsControlCharacter(cleaned) ? "" : cleaned
        let chosen = unit.flatMap { UUID(uuidString: $0) }.flatMap { tree.nodes[$0] }?.id
        self.unit = chosen
        let lowered = self.text.lowercased()
        unitsMatchingText =
            lowered.isEmpty
            ? [] : tree.nodes.values.filter { tree.path(of: $0.id).lowercased().contains(lowered) }.map(\.id)
        unitsInScope = chosen.map { tree.subtree(of: $0).map(\.id) }
    }

    var isEmpty: Bool { text.isEmpty && unit == nil }

    func apply(to query: QueryBuilder<Person>) -> QueryBuilder<Person> {
        var query = query
        if let unitsInScope { query = query.filter(\.$unit.$id ~~ unitsInScope) }
        guard !text.isEmpty else { return query }
        let pattern = text
        let units = unitsMatchingText
        return query.group(.or) { either in
            either.filter(\.$externalID ~~ pattern)
            either.filter(\.$email ~~ pattern.lowercased())
            if !units.isEmpty { either.filter(\.$unit.$id ~~ units) }
        }
    }

    /// The query string that keeps the search when paging.
    var queryString: String {
        var parts: [String] = []
        if !text.isEmpty { parts.append("q=" + (text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")) }
        if let unit { parts.append("unit=\(unit.uuidString)") }
        return parts.map { "&" + $0 }.joined()
    }
}
