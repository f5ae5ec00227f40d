import Fluent
import Foundation
import VeerkrachtCore

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
final class Membership: Model, @unchecked Sendable {
    static let schema = "memberships"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "role") var roleName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(userID: UUID, organisationID: UUID, role: Role) {
        self.$user.id = userID
        self.$organisation.id = organisationID
        self.roleName = role.rawValue
    }

    /// An unknown stored role reads as the least privileged one.
    var role: Role { Role(rawValue: roleName) ?? .viewer }
}
