import Fluent
import Foundation

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
/// A browser session, in the database so several servers share it.
final class SessionRow: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(key: .id) var id: UUID?
    /// SHA-256 of the cookie value: a copy of the database signs nobody in.
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "data") var data: String
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(tokenHash: String, data: String, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.data = data
        self.expiresAt = expiresAt
    }
}
