import Foundation
import Vapor
import VeerkrachtCore

/// The API's shapes. Optional values are written as null rather than left out, so every
/// field the document names is always there.
protocol NullWritingEncodable: Encodable {}

struct UnitDTO: Encodable, Sendable {
    let id: UUID
    let name: String
    let code: String?
    let parentId: UUID?
    let archived: Bool

    init(_ node: UnitNode) {
        id = node.id; name = node.name; code = node.code; parentId = node.parentID; archived = node.isArchived
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(name, forKey: .name); try c.encode(code, forKey: .code)
        try c.encode(parentId, forKey: .parentId); try c.encode(archived, forKey: .archived)
    }
    enum CodingKeys: String, CodingKey { case id, name, code, parentId, archived }
}

struct UnitCreate: Decodable {
    let name: String
    let code: String?
    let parentId: UUID?
}

struct PersonDTO: Encodable, Sendable {
    let id: UUID
    let externalId: String
    let email: String?
    let unitId: UUID?
    let birthYear: Int?
    let gender: String?
    let startDate: String?
    let archived: Bool

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(externalId, forKey: .externalId); try c.encode(email, forKey: .email)
        try c.encode(unitId, forKey: .unitId); try c.encode(birthYear, forKey: .birthYear); try c.encode(gender, forKey: .gender)
        try c.encode(startDate, forKey: .startDate); try c.encode(archived, forKey: .archived)
    }
    enum CodingKeys: String, CodingKey { case id, externalId, email, unitId, birthYear, gender, startDate, archived }
}

/// People as JSON: the same columns and rules as the CSV import.
struct PeopleImportRequest: Decodable {
    struct Record: Decodable {
        let externalId: String
        let email: String?
        let unit: String?
        let birthYear: Int?
        let gender: String?
        let startDate: String?
    }
    let people: [Record]
    /// Everyone missing from the list is archived (a full export from the HR system).
    let fullImport: Bool?
}

struct ImportSummaryDTO: Encodable, Sendable {
    let created: Int
    let changed: Int
    let archived: Int
}

struct WaveDTO: Encodable, Sendable {
    let id: UUID
    let name: String
    let instruments: [String]
    let units: [UUID]
    let opensAt: Date
    let closesAt: Date
    let timeZone: String
    let threshold: Int
    let languages: [String]
    let status: String

    init(_ wave: Wave) {
        id = wave.id!; name = wave.name; instruments = wave.instruments; units = wave.units; opensAt = wave.opensAt
        closesAt = wave.closesAt; timeZone = wave.timeZoneIdentifier; threshold = wave.anonymityThreshold
        languages = wave.languages.map(\.rawValue); status = wave.lifecycle.status.rawValue
    }
}

struct WaveCreate: Decodable {
    let name: String
    let instruments: [String]
    let units: [UUID]
    let opensAt: Date
    let closesAt: Date
    let timeZone: String?
    let threshold: Int?
    let languages: [String]?
}

struct InvitationLinkDTO: Encodable, Sendable {
    let externalId: String
    let email: String?
    let unit: String
    let link: String
    let status: String
}

struct ResponseRateDTO: Encodable, Sendable {
    let unitId: UUID
    /// Null where the unit is below the threshold: there even a count can point at a person.
    let invited: Int?
    let started: Int?
    let completed: Int?
    let belowThreshold: Bool

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(unitId, forKey: .unitId); try c.encode(invited, forKey: .invited); try c.encode(started, forKey: .started)
        try c.encode(completed, forKey: .completed); try c.encode(belowThreshold, forKey: .belowThreshold)
    }
    enum CodingKeys: String, CodingKey { case unitId, invited, started, completed, belowThreshold }
}
