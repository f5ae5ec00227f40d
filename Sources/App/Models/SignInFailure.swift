import Fluent
import Foundation

// Fluent's property wrappers cannot be checked for Sendable; a model never leaves its request.
/// One failed sign-in for an address, kept in the database so the limit holds across servers.
final class SignInFailure: Model, @unchecked Sendable {
    static let schema = "sign_in_failures"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "failed_at") var failedAt: Date

    init() {}

    init(email: String, failedAt: Date) {
        self.email = email
        self.failedAt = failedAt
    }
}
