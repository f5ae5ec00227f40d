import Crypto
import Foundation
import Testing

@testable import App

/// Kept pages' ETags write their digest as lowercase hexadecimal, two digits per byte.
@Suite struct DigestTextTests {
    @Test func anETagIsTheQuotedFirstHalfOfTheBytesDigestInLowercaseHex() {
        #expect(StrongETag.of(Data("abc".utf8)) == "\"ba7816bf8f01cfea414140de5dae2223\"")
    }

    @Test func aKeyDigestIsSixtyFourLowercaseHexDigits() {
        var digest = KeyDigest()
        digest.add("abc")
        let text = digest.finish()
        #expect(text.count == 64 && text.allSatisfy { "0123456789abcdef".contains($0) })
    }
}
