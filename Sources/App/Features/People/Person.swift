import Fluent
import Foundation
import VeerkrachtCore

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
/// An employee as the HR system knows them: an external id and the few facts that anonymous
/// aggregates need. No name is stored.
final class Person: Model, @unchecked Sendable {
    static let schema = "people"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "external_id") var externalID: String
    @OptionalField(key: "email") var email: String?
    @OptionalParent(key: "unit_id") var unit: Unit?
    @OptionalField(key: "birth_year") var birthYear: Int?
    @OptionalField(key: "gender") var gender: String?
    @OptionalField(key: "start_date") var startDate: String?
    @OptionalField(key: "level") var level: String?
    @OptionalField(key: "archived_at") var archivedAt: Date?

    init() {}

    init(id: UUID = UUID(), organisationID: UUID, record: PersonRecord) {
        self.id = id
        self.$organisation.id = organisationID
        self.externalID = record.externalID
        apply(record)
    }

    func apply(_ record: PersonRecord) {
        email = record.email
        $unit.id = record.unitID
        birthYear = record.birthYear
        gender = record.gender?.rawValue
        startDate = record.startDate?.description
        level = record.level
    }

    var record: PersonRecord {
        PersonRecord(
            externalID: externalID, email: email, unitID: $unit.id, birthYear: birthYear,
            gender: gender.flatMap(Gender.init(rawValue:)),
            startDate: startDate.flatMap(CalendarDate.init(parsing:)), level: level)
    }
}
