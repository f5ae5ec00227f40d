import Fluent
import Foundation

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
/// One failed sign-in for an address from a client, kept in the database so the limit holds across servers.
final class SignInFailure: Model, @unchecked Sendable {
    static let schema = "sign_in_failures"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "failed_at") var failedAt: Date
    /// The address the attempt came from, so one client's guessing does not lock out others.
    @OptionalField(key: "client") var client: String?

    init() {}

    init(email: String, client: String?, failedAt: Date) {
        self.email = email
        self.client = client
        self.failedAt = failedAt
    }
}
