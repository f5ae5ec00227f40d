import Crypto
import Foundation
import Vapor

/// The key of a kept page made from the rows it shows: a SHA-256 of their text, each value
/// ended by a separator no value holds, so the key stays short however many rows it names
/// and two different lists of values never give the same key.
struct KeyDigest {
    private var digest = SHA256()

    mutating func add(_ text: String) { digest.update(data: Data((text + "\u{1F}").utf8)) }

    func finish() -> String { digest.finalize().hex }
}
