import Foundation

extension Route {
    /// A value to build a route for registration only; its parameters become `:name`.
    static let placeholder = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    /// Where the respondent pages live; they carry their own capability in the path.
    static let surveyPrefix = "/s/"
    /// Paths whose next segment is a secret token: a survey link, an account invitation, a
    /// password reset.
    static let secretPrefixes = [surveyPrefix, Route.invitation(token: "").path, Route.passwordResetConfirm(token: "").path]
}

extension Route {
    /// Whether a path sent back to us (a form's return address) stays on this site. Browsers
    /// read a backslash as a slash, so `/\host` is `//host`: another site. Only a path of
    /// printable characters without backslashes whose second character is no slash passes.
    static func isLocalPath(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        guard bytes.first == UInt8(ascii: "/"), bytes.count < 2 || bytes[1] != UInt8(ascii: "/") else { return false }
        return bytes.allSatisfy { $0 > 0x20 && $0 != 0x7F && $0 != UInt8(ascii: "\\") }
    }
}
