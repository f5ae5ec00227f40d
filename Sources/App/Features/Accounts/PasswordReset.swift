import Fluent
import Foundation

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
/// A requested password reset, which is also its own mail in the outbox: the sender mails it
/// and retries like any other message. Its link is derived from the id with the server's key
/// (`PasswordResetLinks`), so no usable token is stored anywhere.
// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
final class PasswordReset: Model, @unchecked Sendable {
    static let schema = "password_resets"
    static let lifetime: TimeInterval = 3600

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    @OptionalField(key: "sent_at") var sentAt: Date?
    @Field(key: "attempts") var attempts: Int
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @OptionalField(key: "last_error") var lastError: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(userID: UUID, now: Date) {
        id = UUID()
        self.userID = userID
        expiresAt = now.addingTimeInterval(Self.lifetime)
        attempts = 0
        nextAttemptAt = now
        createdAt = now
    }
}
