import Vapor

/// The one error type handlers throw. Each case has a status and a message that is safe to
/// show; anything else that goes wrong is logged with detail and shown as a plain 500.
enum AppError: Error, Equatable {
    case notFound
    case forbidden
    case invalidFormToken
    /// A plain form larger or with more fields than any page sends (`FormLimitMiddleware`).
    case formTooLarge
    /// A form or JSON body with NUL or another control character in a text.
    case controlCharacter
    case signInRequired
    case setupRequired
    case badRequest(String)
    /// The API: no valid bearer token.
    case unauthorized
    /// The API: a well-formed request whose content breaks a rule; names the field.
    case invalid(field: String?, message: String)

    var status: HTTPResponseStatus {
        switch self {
        case .notFound: .notFound
        case .forbidden: .forbidden
        case .invalidFormToken: .forbidden
        case .formTooLarge: .payloadTooLarge
        case .controlCharacter: .unprocessableEntity
        case .signInRequired: .seeOther
        case .setupRequired: .seeOther
        case .badRequest: .badRequest
        case .unauthorized: .unauthorized
        case .invalid: .unprocessableEntity
        }
    }
}
