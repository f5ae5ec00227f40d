import Fluent
import Foundation

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
final class Invitation: Model, @unchecked Sendable {
    static let schema = "invitations"
    static let validity: TimeInterval = 14 * 24 * 3600

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "email") var email: String
    @Field(key: "role") var roleName: String
    /// Only the hash of the link's token is kept: a copy of the database opens no invitation.
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "invited_by") var invitedBy: UUID
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "accepted_at") var acceptedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(organisationID: UUID, email: String, role: String, tokenHash: String, invitedBy: UUID, expiresAt: Date) {
        self.$organisation.id = organisationID
        self.email = email
        self.roleName = role
        self.tokenHash = tokenHash
        self.invitedBy = invitedBy
        self.expiresAt = expiresAt
    }
}
