import Fluent
import Foundation

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "is_admin") var isAdmin: Bool
    @OptionalField(key: "language") var language: String?
    /// A session carries the generation it began in; "sign out everywhere" and a new password
    /// move the account to the next, which ends every older session. A counter, not a moment,
    /// so that no clock or stored precision decides.
    @Field(key: "session_generation") var sessionGeneration: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, email: String, passwordHash: String, isAdmin: Bool) {
        self.id = id
        self.email = email
        self.passwordHash = passwordHash
        self.isAdmin = isAdmin
        self.sessionGeneration = 0
    }
}
