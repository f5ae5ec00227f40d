import Foundation
import SQLKit
import Testing

@testable import App

@Suite struct PostgresCopyTests {
    @Test func aMissingValueIsBackslashN() {
        #expect(PostgresCopy.field(Optional<String>.none) == #"\N"#)
        #expect(PostgresCopy.field(Optional<UUID>.none) == #"\N"#)
    }

    @Test func aPresentOptionalIsWrittenAsItsValue() {
        #expect(PostgresCopy.field(Optional("f")) == "f")
        #expect(PostgresCopy.field(Optional(1980)) == "1980")
    }

    @Test func separatorsAndBackslashesInTextAreEscapedSoTheyStayInTheirField() {
        #expect(PostgresCopy.field("a\tb\nc\\d\re") == #"a\tb\nc\\d\re"#)
        #expect(PostgresCopy.field("bell\u{07}") == #"bell\007"#)
        #expect(PostgresCopy.field("Zorg & Welzijn") == "Zorg & Welzijn")
    }

    @Test func flagsNumbersAndIdsUseTheTextFormatsSpelling() {
        let id = UUID()
        #expect(PostgresCopy.field(true) == "t")
        #expect(PostgresCopy.field(false) == "f")
        #expect(PostgresCopy.field(3) == "3")
        #expect(PostgresCopy.field(2.5) == "2.5")
        #expect(PostgresCopy.field(id) == id.uuidString)
    }

    @Test func aMomentIsWrittenInUTCWithItsFraction() {
        #expect(PostgresCopy.field(Date(timeIntervalSince1970: 1.5)) == "1970-01-01T00:00:01.500Z")
    }
}
