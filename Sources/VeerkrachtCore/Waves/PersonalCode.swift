import Foundation

/// The short personal code printed on a slip for someone without e-mail: twelve characters from
/// an alphabet without look-alikes (no 0/O, 1/I/L), read and typed in groups of four. It is
/// derived from the invitation like the personal link (the app holds the key), so it opens
/// exactly that person's scan; the database keeps only its hash.
public enum PersonalCode {
    /// 31 characters: the digits 2–9 and the letters without I, L and O.
    public static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
    /// 31¹² ≈ 7.9 × 10¹⁷ codes; see the README for the guessing budget this length answers.
    public static let length = 12
    static let groupLength = 4

    /// A code from random bytes (an HMAC's output): each byte below 248 (= 8 × 31) gives one
    /// character, so every character is equally likely; `more` supplies further bytes when
    /// the first run out (it should give some each time; if it gives none the code stays short,
    /// and a short code is never accepted).
    public static func make(from bytes: [UInt8], more: (Int) -> [UInt8]) -> String {
        var characters: [Character] = []
        var source = bytes
        var round = 0
        while characters.count < length {
            if source.isEmpty {
                round += 1
                source = more(round)
            }
            guard !source.isEmpty else { break }
            let byte = source.removeFirst()
            guard byte < 248 else { continue }
            characters.append(alphabet[Int(byte) % alphabet.count])
        }
        return String(characters)
    }

    /// The code as typed, in its one stored form: upper case, without spaces or dashes; nil
    /// when it cannot be a code (a wrong length, or a character outside the alphabet).
    public static func normalised(_ typed: String) -> String? {
        guard typed.count <= 64 else { return nil }
        let kept = typed.uppercased().filter { $0 != "-" && $0 != " " && $0 != "\u{2013}" && !$0.isNewline }
        guard kept.count == length, kept.allSatisfy({ alphabet.contains($0) }) else { return nil }
        return kept
    }

    /// `K7QM3XTP9WAB` as printed: `K7QM-3XTP-9WAB`.
    public static func grouped(_ code: String) -> String {
        var groups: [String] = []
        var rest = Substring(code)
        while !rest.isEmpty {
            groups.append(String(rest.prefix(groupLength)))
            rest = rest.dropFirst(groupLength)
        }
        return groups.joined(separator: "-")
    }
}
