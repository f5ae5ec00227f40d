import Vapor

/// The one error type handlers throw. Each case has a status and a message that is safe to
/// show; anything else that goes wrong is logged with detail and shown as a plain 500.
enum AppError: Error, Equatable {
    case notFound
    case forbidden
    case invalidFormToken
    case signInRequired
    case setupRequired
    case badRequest(String)

    var status: HTTPResponseStatus {
        switch self {
        case .notFound: .notFound
        case .forbidden: .forbidden
        case .invalidFormToken: .forbidden
        case .signInRequired: .seeOther
        case .setupRequired: .seeOther
        case .badRequest: .badRequest
        }
    }
}
