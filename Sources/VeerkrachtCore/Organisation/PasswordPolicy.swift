/// One rule for every place a password is chosen: the setup page, an invitation, a change of
/// password and the `users create` command.
public enum PasswordPolicy {
    public static let minimumLength = 12
    /// bcrypt reads the first 72 bytes and ignores the rest: a longer password would seem to
    /// protect more than it does.
    public static let maximumBytes = 72

    public enum Problem: Equatable, Sendable {
        case tooShort(minimum: Int)
        case tooLong(maximumBytes: Int)
        case common
        case mismatch
    }

    public static func check(_ password: String, confirmation: String? = nil) -> Problem? {
        if password.count < minimumLength { return .tooShort(minimum: minimumLength) }
        if password.utf8.count > maximumBytes { return .tooLong(maximumBytes: maximumBytes) }
        if CommonPasswords.isCommon(password) { return .common }
        if let confirmation, confirmation != password { return .mismatch }
        return nil
    }
}
