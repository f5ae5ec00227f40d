import Foundation

/// One unit of an organisation (a division, department or team) as the core sees it.
public struct UnitNode: Hashable, Sendable {
    public let id: UUID
    public let parentID: UUID?
    public let name: String
    public let code: String?
    public let isArchived: Bool

    public init(id: UUID, parentID: UUID?, name: String, code: String?, isArchived: Bool) {
        self.id = id
        self.parentID = parentID
        self.name = name
        self.code = code
        self.isArchived = isArchived
    }
}

/// The units of one organisation as a tree of any depth. Built once per request from a flat
/// list, so every question about ancestry is answered in memory.
public struct UnitTree: Sendable {
    /// The separator people write between levels of a path, as in `Zorg / Team Noord`.
    public static let pathSeparator = "/"

    public let nodes: [UUID: UnitNode]
    private let childrenByParent: [UUID?: [UnitNode]]

    public init(_ units: [UnitNode]) {
        nodes = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        childrenByParent = Dictionary(grouping: units, by: \.parentID)
            .mapValues { $0.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending } }
    }

    public func children(of parent: UUID?) -> [UnitNode] { childrenByParent[parent] ?? [] }

    /// The unit and all units below it, depth first.
    public func subtree(of id: UUID) -> [UnitNode] {
        guard let root = nodes[id] else { return [] }
        return [root] + children(of: id).flatMap { subtree(of: $0.id) }
    }

    /// From the root down to the unit itself.
    public func ancestry(of id: UUID) -> [UnitNode] {
        var chain: [UnitNode] = []
        var current = nodes[id]
        // The bound guards against a cycle in stored data; moves never create one.
        while let node = current, chain.count <= nodes.count {
            chain.insert(node, at: 0)
            current = node.parentID.flatMap { nodes[$0] }
        }
        return chain
    }

    public func path(of id: UUID) -> String {
        ancestry(of: id).map(\.name).joined(separator: " \(Self.pathSeparator) ")
    }

    /// Every unit in display order with its depth, for an indented tree.
    public func flattened(includeArchived: Bool = true) -> [(node: UnitNode, depth: Int)] {
        var result: [(UnitNode, Int)] = []
        func visit(_ parent: UUID?, _ depth: Int) {
            for child in children(of: parent) where includeArchived || !child.isArchived {
                result.append((child, depth))
                visit(child.id, depth + 1)
            }
        }
        visit(nil, 0)
        return result
    }

    /// Whether `unit` may be placed under `newParent` (nil: at the top): never under itself,
    /// one of its own descendants, or an archived unit.
    public func canMove(_ unit: UUID, under newParent: UUID?) -> Bool {
        guard let newParent else { return true }
        guard let parent = nodes[newParent], !parent.isArchived else { return false }
        return !subtree(of: unit).contains { $0.id == newParent }
    }

    /// Whether a sibling under `parent` already carries `name` (ignoring case), other than `excluding`.
    public func hasActiveSibling(named name: String, under parent: UUID?, excluding: UUID? = nil) -> Bool {
        children(of: parent).contains {
            !$0.isArchived && $0.id != excluding && $0.name.caseInsensitiveCompare(name) == .orderedSame
        }
    }

    /// Finds the active unit a CSV cell refers to: a unit code, or a path of names from the top
    /// such as `Zorg / Team Noord`. Both are compared without regard to case or extra spaces.
    public func resolve(_ reference: String) -> UnitNode? {
        let wanted = reference.trimmingCharacters(in: .whitespaces)
        guard !wanted.isEmpty else { return nil }
        if let byCode = nodes.values.first(where: {
            !$0.isArchived && $0.code.map { $0.caseInsensitiveCompare(wanted) == .orderedSame } == true
        }) {
            return byCode
        }
        let names = wanted.split(separator: Character(Self.pathSeparator))
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var parent: UUID?
        var found: UnitNode?
        for name in names {
            guard
                let next = children(of: parent).first(where: {
                    !$0.isArchived && $0.name.caseInsensitiveCompare(name) == .orderedSame
                })
            else { return nil }
            found = next
            parent = next.id
        }
        return found
    }
}
