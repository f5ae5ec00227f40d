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

/// The units of one organisation as a tree of any depth, built from a flat list so every
/// question about ancestry is answered in memory. A server keeps one per organisation and
/// units revision, so the display order and every unit's path are worked out once, here,
/// rather than by each page that lists 300 units (perf: a form with a unit choice spent a
/// tenth of its time joining paths).
public struct UnitTree: Sendable {
    /// The separator people write between levels of a path, as in `Zorg / Team Noord`.
    public static let pathSeparator = "/"

    public let nodes: [UUID: UnitNode]
    private let childrenByParent: [UUID?: [UnitNode]]
    private let everyRow: [(node: UnitNode, depth: Int)]
    private let activeRows: [(node: UnitNode, depth: Int)]
    private let paths: [UUID: String]
    /// The display order's ids and depths hashed, which is what results are grouped by; and
    /// every unit with its depth, which is what pages name. Made once, as every kept page's key
    /// holds one (each was 273 units hashed per request). Per process, like `Hasher`: never stored.
    public let shapeFingerprint: Int
    public let namesFingerprint: Int

    public init(_ units: [UnitNode]) {
        nodes = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        childrenByParent = Dictionary(grouping: units, by: \.parentID)
            .mapValues { $0.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending } }
        everyRow = Self.flatten(childrenByParent, includeArchived: true)
        activeRows = Self.flatten(childrenByParent, includeArchived: false)
        paths = nodes.mapValues { [nodes] node in
            Self.ancestry(of: node.id, in: nodes).map(\.name).joined(separator: " \(Self.pathSeparator) ")
        }
        var shape = Hasher()
        var names = Hasher()
        for (node, depth) in everyRow {
            shape.combine(node.id)
            shape.combine(depth)
            names.combine(node)
            names.combine(depth)
        }
        shapeFingerprint = shape.finalize()
        namesFingerprint = names.finalize()
    }

    public func children(of parent: UUID?) -> [UnitNode] { childrenByParent[parent] ?? [] }

    /// The unit and all units below it, depth first.
    public func subtree(of id: UUID) -> [UnitNode] {
        guard let root = nodes[id] else { return [] }
        return [root] + children(of: id).flatMap { subtree(of: $0.id) }
    }

    /// From the root down to the unit itself.
    public func ancestry(of id: UUID) -> [UnitNode] { Self.ancestry(of: id, in: nodes) }

    private static func ancestry(of id: UUID, in nodes: [UUID: UnitNode]) -> [UnitNode] {
        var chain: [UnitNode] = []
        var current = nodes[id]
        // The bound guards against a cycle in stored data; moves never create one.
        while let node = current, chain.count <= nodes.count {
            chain.append(node)
            current = node.parentID.flatMap { nodes[$0] }
        }
        return chain.reversed()
    }

    /// The names from the top down to the unit, as in `Zorg / Team Noord`; empty for an id
    /// the tree does not hold.
    public func path(of id: UUID) -> String { paths[id] ?? "" }

    /// Every unit in display order with its depth, for an indented tree.
    public func flattened(includeArchived: Bool = true) -> [(node: UnitNode, depth: Int)] {
        includeArchived ? everyRow : activeRows
    }

    private static func flatten(_ childrenByParent: [UUID?: [UnitNode]], includeArchived: Bool) -> [(node: UnitNode, depth: Int)] {
        var result: [(node: UnitNode, depth: Int)] = []
        func visit(_ parent: UUID?, _ depth: Int) {
            for child in childrenByParent[parent] ?? [] where includeArchived || !child.isArchived {
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
