import Crypto
import Foundation
import Testing

@testable import App

/// Keys and ETags write their digests as lowercase hexadecimal, two digits per byte.
@Suite struct HexTextTests {
    @Test func everyByteIsTwoLowercaseDigits() {
        #expect(HexText.lowercase([0x00, 0x0F, 0xA5, 0xFF, 0x10]) == "000fa5ff10")
        #expect(HexText.lowercase([]) == "")
    }

    @Test func aDigestReadsAsTheWellKnownText() {
        #expect(
            HexText.lowercase(SHA256.hash(data: Data("abc".utf8)))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
