/// One rule for every place a password is chosen: the setup page, an invitation and the
/// `users create` command.
public enum PasswordPolicy {
    public static let minimumLength = 10
    public static let maximumLength = 128

    public enum Problem: Equatable, Sendable {
        case tooShort(minimum: Int)
        case tooLong(maximum: Int)
        case mismatch
    }

    public static func check(_ password: String, confirmation: String? = nil) -> Problem? {
        if password.count < minimumLength { return .tooShort(minimum: minimumLength) }
        if password.count > maximumLength { return .tooLong(maximum: maximumLength) }
        if let confirmation, confirmation != password { return .mismatch }
        return nil
    }
}
