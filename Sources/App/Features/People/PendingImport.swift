import Fluent
import Foundation

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
/// An uploaded file waiting for the advisor to confirm its preview. Kept in the database, not
/// in memory, so the confirmation may reach another server.
final class PendingImport: Model, @unchecked Sendable {
    static let schema = "pending_imports"
    static let validity: TimeInterval = 24 * 3600

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "uploaded_by") var uploadedBy: UUID
    @Field(key: "file_name") var fileName: String
    @Field(key: "content") var content: String
    @Field(key: "full_import") var fullImport: Bool
    @OptionalField(key: "applied_at") var appliedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(organisationID: UUID, uploadedBy: UUID, fileName: String, content: String, fullImport: Bool) {
        self.$organisation.id = organisationID
        self.uploadedBy = uploadedBy
        self.fileName = fileName
        self.content = content
        self.fullImport = fullImport
    }
}
