import Foundation

/// Text from outside (a provider's error, a header) made safe for one log line: control
/// characters (a newline would forge a line of its own) become `?`, and it is cut short.
enum LogText {
    static let longest = 300

    static func safe(_ text: String) -> String {
        String(text.unicodeScalars.prefix(longest).map { CharacterSet.controlCharacters.contains($0) ? "?" : Character($0) })
    }
}
