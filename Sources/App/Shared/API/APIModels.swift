import Foundation
import Vapor
import VeerkrachtCore

/// The API's shapes. Optional values are marked `@Null`: written as null rather than left
/// out, so every field the document names is always there.
// swift-format-ignore: UseSynthesizedInitializer
@propertyWrapper
struct Null<Value: Encodable & Sendable>: Encodable, Sendable {
    var wrappedValue: Value?

    // The wrapper needs this initialiser by name: with it, a DTO's memberwise initialiser takes
    // a plain optional for every `@Null` field.
    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

struct UnitDTO: Encodable, Sendable {
    let id: UUID
    let name: String
    @Null var code: String?
    @Null var parentId: UUID?
    let archived: Bool

    init(_ node: UnitNode) {
        id = node.id
        name = node.name
        code = node.code
        parentId = node.parentID
        archived = node.isArchived
    }
}

struct UnitCreate: Decodable {
    let name: String
    let code: String?
    let parentId: UUID?
}

struct PersonDTO: Encodable, Sendable {
    let id: UUID
    let externalId: String
    @Null var email: String?
    @Null var unitId: UUID?
    @Null var birthYear: Int?
    @Null var gender: String?
    @Null var startDate: String?
    let archived: Bool
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
    /// Asks a short form (`dlo@1:K2`): a follow-up pulse or a run of a rhythm.
    let pulse: Bool

    init(_ wave: Wave) {
        id = wave.id!
        name = wave.name
        instruments = wave.instruments
        units = wave.units
        opensAt = wave.opensAt
        closesAt = wave.closesAt
        timeZone = wave.timeZoneIdentifier
        threshold = wave.anonymityThreshold
        languages = wave.languages.map(\.rawValue)
        status = wave.lifecycle.status.rawValue
        pulse = wave.isPulse
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
    @Null var email: String?
    let unit: String
    let link: String
    let status: String
}

struct ResponseRateDTO: Encodable, Sendable {
    let unitId: UUID
    /// Null where the unit is below the threshold: there even a count can point at a person.
    @Null var invited: Int?
    @Null var started: Int?
    @Null var completed: Int?
    let belowThreshold: Bool
}
