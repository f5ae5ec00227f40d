import Fluent
import Foundation

/// An invitation or reminder waiting to be mailed. The message itself is written when it is
/// sent, so no link is ever stored; a failed attempt is retried later.
// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
final class OutboxMessage: Model, @unchecked Sendable {
    static let schema = "mail_outbox"

    enum Kind: String, Sendable {
        case invitation, reminder
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "invitation_id") var invitation: WaveInvitation
    @Field(key: "kind") var kindValue: String
    @Field(key: "attempts") var attempts: Int
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?
    @OptionalField(key: "last_error") var lastError: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(invitationID: UUID, kind: Kind, now: Date) {
        id = UUID()
        $invitation.id = invitationID
        kindValue = kind.rawValue
        attempts = 0
        nextAttemptAt = now
    }

    var kind: Kind { Kind(rawValue: kindValue) ?? .invitation }
}
