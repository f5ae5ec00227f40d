import Vapor

extension Request {
    /// `?name=true|false`; anything else is a 400 naming the parameter.
    func flagQuery(_ name: String) throws -> Bool {
        guard let text = query[String.self, at: name] else { return false }
        guard let value = Bool(text) else { throw AppError.invalid(field: name, message: "\(name) must be true or false.") }
        return value
    }
}
