import Foundation
import Testing

@testable import App

@Suite struct SecureTokenTests {
    @Test func base64URLReplacesTheTwoCharactersAURLPathEscapesAndDropsThePadding() {
        // 0xFB 0xFF is "+/8=" in plain base64.
        #expect(SecureToken.base64URL(Data([0xFB, 0xFF])) == "-_8")
        #expect(SecureToken.base64URL(Data("Veerkracht".utf8)) == "VmVlcmtyYWNodA")
    }
}
