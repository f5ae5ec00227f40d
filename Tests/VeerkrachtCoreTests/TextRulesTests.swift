import Foundation
import Testing
import VeerkrachtCore

@Suite struct TextRulesTests {
    @Test func nulC0DelAndC1ControlsAreControlCharactersAndLineBreaksOnlyOnOneLine() {
        for text in ["a\u{0}b", "\u{1}", "x\u{1F}", "\u{7F}", "a\u{85}b", "\u{9F}"] { #expect(TextRules.containsControlCharacter(text)) }
        #expect(TextRules.containsControlCharacter("two\nlines"))
        #expect(!TextRules.containsControlCharacter("two\r\nlines\tok", multiline: true))
        #expect(!TextRules.containsControlCharacter("Zorggroep – één 🙂"))
    }

    @Test func aFormBodyWithAControlCharacterInAnyFieldIsFoundEncodedOrNot() {
        for body in ["name=a%00b", "a=1&name=%1f", "x=%7F", "x=%C2%85", "x=a\u{1}"] {
            #expect(TextRules.formContainsControlCharacter(Array(body.utf8)), "\(body)")
        }
        for body in ["name=Team+Noord&note=line%0D%0Anext%09tab", "x=%C3%A9%C3%A9n", "x=%", "x=%2", "x=%zz", "x=%E2%80%94"] {
            #expect(!TextRules.formContainsControlCharacter(Array(body.utf8)), "\(body)")
        }
    }

    @Test func aJSONBodyWithAControlCharacterEscapeOrRawC1IsFound() {
        for body in [#"{"name":"a\u0000b"}"#, #"{"name":"\b"}"#, #"{"name":"\f"}"#, #"{"name":"\u007F"}"#, "{\"name\":\"a\u{85}\"}"] {
            #expect(TextRules.jsonContainsControlCharacter(Array(body.utf8)), "\(body)")
        }
        for body in [#"{"name":"a\nb\t\r \"q\" \\u0000 \u00e9"}"#, #"{"n":1}"#] {
            #expect(!TextRules.jsonContainsControlCharacter(Array(body.utf8)), "\(body)")
        }
    }
}
