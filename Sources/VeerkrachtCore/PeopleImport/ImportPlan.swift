import Foundation

/// What an import will do, worked out before anything is written, so the preview shows
/// exactly what applying it changes.
public struct ImportPlan: Sendable {
    public struct Change: Sendable, Hashable {
        public let personID: UUID
        public let line: Int
        public let before: PersonRecord
        public let after: PersonRecord
        /// The person had been archived and is in the file again.
        public let restores: Bool

        public var moves: Bool { before.unitID != after.unitID }
        /// Something other than the unit changed (or the person comes back from the archive).
        public var updatesDetails: Bool {
            var sameUnit = after
            sameUnit.unitID = before.unitID
            return sameUnit != before || restores
        }
    }

    public let creates: [(line: Int, record: PersonRecord)]
    public let changes: [Change]
    public let archives: [ExistingPerson]
    public let unchangedCount: Int
    public let ignoredHeaders: [String]

    public var moves: [Change] { changes.filter(\.moves) }
    public var updates: [Change] { changes.filter(\.updatesDetails) }
    public var changesAnything: Bool { !creates.isEmpty || !changes.isEmpty || !archives.isEmpty }

    /// Compares the validated file with the people stored. A full import archives the people
    /// that are missing from the file; a partial one leaves them as they are.
    public init(_ people: ValidatedPeople, existing: [ExistingPerson], fullImport: Bool) {
        let byExternalID = Dictionary(existing.map { ($0.record.externalID, $0) }, uniquingKeysWith: { first, _ in first })
        var creates: [(Int, PersonRecord)] = []
        var changes: [Change] = []
        var unchanged = 0
        var seen = Set<String>()
        for (line, row) in people.rows {
            seen.insert(row.externalID)
            guard let current = byExternalID[row.externalID] else {
                creates.append((line, row))
                continue
            }
            let merged = current.record.merging(row, columns: people.columns)
            if merged == current.record && !current.isArchived {
                unchanged += 1
            } else {
                changes.append(
                    Change(
                        personID: current.id, line: line, before: current.record,
                        after: merged, restores: current.isArchived))
            }
        }
        self.creates = creates
        self.changes = changes
        self.archives =
            fullImport
            ? existing.filter { !$0.isArchived && !seen.contains($0.record.externalID) }
                .sorted { $0.record.externalID < $1.record.externalID }
            : []
        self.unchangedCount = unchanged
        self.ignoredHeaders = people.ignoredHeaders
    }
}
