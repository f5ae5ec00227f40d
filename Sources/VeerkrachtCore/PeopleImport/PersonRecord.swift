import Foundation

/// What Veerkracht keeps of one person: no name, only what anonymous aggregates need.
public struct PersonRecord: Hashable, Sendable {
    public var externalID: String
    public var email: String?
    public var unitID: UUID?
    public var birthYear: Int?
    public var gender: Gender?
    public var startDate: CalendarDate?
    public var level: String?

    public init(
        externalID: String, email: String? = nil, unitID: UUID? = nil, birthYear: Int? = nil,
        gender: Gender? = nil, startDate: CalendarDate? = nil, level: String? = nil
    ) {
        self.externalID = externalID
        self.email = email
        self.unitID = unitID
        self.birthYear = birthYear
        self.gender = gender
        self.startDate = startDate
        self.level = level
    }

    /// This record with the columns that an import carries taken from `row`; columns the file
    /// does not have keep their current value.
    public func merging(_ row: PersonRecord, columns: Set<PersonColumn>) -> PersonRecord {
        var merged = self
        if columns.contains(.email) { merged.email = row.email }
        if columns.contains(.unit) { merged.unitID = row.unitID }
        if columns.contains(.birthYear) { merged.birthYear = row.birthYear }
        if columns.contains(.gender) { merged.gender = row.gender }
        if columns.contains(.startDate) { merged.startDate = row.startDate }
        if columns.contains(.level) { merged.level = row.level }
        return merged
    }
}

/// A person as stored, for comparing an import against.
public struct ExistingPerson: Hashable, Sendable {
    public let id: UUID
    public let record: PersonRecord
    public let isArchived: Bool

    public init(id: UUID, record: PersonRecord, isArchived: Bool) {
        self.id = id
        self.record = record
        self.isArchived = isArchived
    }
}
