import Foundation
import Vapor
import VeerkrachtCore

/// Personal survey links. A token is derived from the invitation's id with a key kept outside
/// the database, so the database holds only each token's hash, yet the advisor can download
/// the links again (for reminders) without anyone storing them.
struct SurveyLinks: Sendable {
    let key: SymmetricKey
    let publicURL: URL

    /// 256 bits, URL-safe: HMAC-SHA256 of the invitation id.
    func token(for invitation: UUID) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("survey-invitation:\(invitation.uuidString)".utf8), using: key)
        return SecureToken.base64URL(Data(mac))
    }

    func hash(for invitation: UUID) -> String { SecureToken.hash(token(for: invitation)) }

    /// The printed personal code of an invitation (`PersonalCode`): derived like the link,
    /// under another label, so neither tells anything about the other.
    func code(for invitation: UUID) -> String {
        func block(_ round: Int) -> [UInt8] {
            Array(HMAC<SHA256>.authenticationCode(for: Data("survey-code:\(round):\(invitation.uuidString)".utf8), using: key))
        }
        return PersonalCode.make(from: block(0), more: block)
    }

    /// What the database keeps of a code: its hash, like a link's.
    static func codeHash(_ code: String) -> String { SecureToken.hash("code:" + code) }

    func url(for invitation: UUID) -> String {
        publicURL.absoluteString + Route.survey(token: token(for: invitation)).path
    }
}

/// Where the link key comes from: the configuration, a file beside the SQLite database, or
/// (tests, in-memory databases) thin air.
enum LinkKeyStore {
    static func load(_ source: AppConfiguration.SecretKeySource) throws -> SymmetricKey {
        switch source {
        case .given(let text):
            return SymmetricKey(data: SHA256.hash(data: Data(text.utf8)))
        case .ephemeral:
            return SymmetricKey(size: .bits256)
        case .file(let path):
            if let data = FileManager.default.contents(atPath: path),
                let text = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines),
                let bytes = Data(base64Encoded: text), bytes.count >= 32
            {
                return SymmetricKey(data: bytes)
            }
            if FileManager.default.fileExists(atPath: path) {
                throw LinkKeyError(
                    message:
                        "The key file \(path) is not a base64 key of at least 32 bytes. Restore it from the backup of the database; without it, survey links cannot be downloaded again."
                )
            }
            let bytes = Data([UInt8].random(count: 48))
            guard
                FileManager.default.createFile(
                    atPath: path, contents: Data(bytes.base64EncodedString().utf8),
                    attributes: [.posixPermissions: 0o600])
            else {
                throw LinkKeyError(message: "Cannot write the key file \(path).")
            }
            return SymmetricKey(data: bytes)
        }
    }
}

struct LinkKeyError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// Links of password resets: the reset's id and an HMAC of it under the same key as the
/// survey links. Checking one needs the key; the database alone cannot make one.
struct PasswordResetLinks: Sendable {
    let key: SymmetricKey
    let publicURL: URL

    func token(for reset: UUID) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("password-reset:\(reset.uuidString)".utf8), using: key)
        return reset.uuidString.lowercased() + "." + SecureToken.base64URL(Data(mac))
    }

    /// The reset a token names, when its code is right; constant-time comparison of the code.
    func reset(in token: String) -> UUID? {
        guard token.utf8.count < 200, let dot = token.firstIndex(of: "."),
            let id = UUID(uuidString: String(token[..<dot]))
        else { return nil }
        let (expected, given) = (Array(self.token(for: id).utf8), Array(token.utf8))
        guard expected.count == given.count else { return nil }
        return zip(expected, given).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0 ? id : nil
    }

    func url(for reset: UUID) -> String {
        publicURL.absoluteString + Route.passwordResetConfirm(token: token(for: reset)).path
    }
}
