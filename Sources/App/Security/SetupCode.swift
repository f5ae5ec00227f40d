import NIOConcurrencyHelpers
import Vapor

/// The one-time code that `serve` prints while no account exists. Whoever reaches the setup
/// page first still needs the server's log to become administrator.
final class SetupCode: Sendable {
    private let code: NIOLockedValueBox<String?>

    init(_ code: String? = nil) {
        self.code = .init(code)
    }

    /// Four groups of four letters and digits that cannot be mistaken for each other (80 bits).
    static func generate() -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        let characters = (0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] }
        return stride(from: 0, to: 16, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
    }

    var isIssued: Bool { code.withLockedValue { $0 != nil } }

    func issue(_ newCode: String) {
        code.withLockedValue { $0 = newCode }
    }

    /// Takes the code if `attempt` matches it, so two requests cannot both use it. Spaces,
    /// dashes and case do not matter: people type what they read in a log.
    func consume(_ attempt: String) -> Bool {
        code.withLockedValue { current in
            guard let expected = current,
                SecureToken.equal(Self.normalised(expected), Self.normalised(attempt))
            else { return false }
            current = nil
            return true
        }
    }

    /// Gives a consumed code back when creating the account failed after all.
    func restore(_ original: String) {
        code.withLockedValue { if $0 == nil { $0 = original } }
    }

    private static func normalised(_ text: String) -> String {
        text.uppercased().filter { $0.isLetter || $0.isNumber }
    }
}
