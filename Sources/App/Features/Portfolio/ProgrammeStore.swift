import Fluent
import Foundation
import VeerkrachtCore

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
final class ProgrammeRow: Model, @unchecked Sendable {
    static let schema = "programmes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    /// Copies of the document's name and status, for lists and sorting.
    @Field(key: "name") var name: String
    @Field(key: "status") var status: String
    /// The core's `Programme` as JSON.
    @Field(key: "document") var document: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// The programmes of one organisation; another organisation's id is a 404.
struct ProgrammeStore {
    let db: any Database
    let organisationID: UUID

    func all() async throws -> [(id: UUID, programme: Programme)] {
        try await ProgrammeRow.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$name).all()
            .map { (try $0.requireID(), try Self.decode($0)) }
    }

    func find(_ id: UUID) async throws -> Programme {
        guard let row = try await row(id) else { throw AppError.notFound }
        return try Self.decode(row)
    }

    /// Stores a programme that has no problems; new when `id` is nil. Returns its id.
    @discardableResult
    func save(_ programme: Programme, id: UUID?) async throws -> UUID {
        precondition(programme.problems.isEmpty, "validate before saving")
        let row = try await id.asyncMap { try await self.row($0) } ?? ProgrammeRow()
        guard let row else { throw AppError.notFound }
        row.$organisation.id = organisationID
        row.name = programme.name
        row.status = programme.status.rawValue
        row.document = String(decoding: try JSONEncoder().encode(programme), as: UTF8.self)
        try await row.save(on: db)
        return try row.requireID()
    }

    private func row(_ id: UUID) async throws -> ProgrammeRow? {
        try await ProgrammeRow.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).first()
    }

    private static func decode(_ row: ProgrammeRow) throws -> Programme {
        try JSONDecoder().decode(Programme.self, from: Data(row.document.utf8))
    }
}
