import Testing

@testable import App

@Suite struct FormFieldsTests {
    @Test(arguments: [
        "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=utf-8",
        "Application/X-WWW-Form-Urlencoded", " application/x-www-form-urlencoded ;charset=UTF-8"
    ])
    func aFormIsRecognisedWithOrWithoutParameters(_ contentType: String) {
        #expect(FormFields.isForm(contentType))
    }

    @Test(arguments: [nil, "", "application/json", "multipart/form-data; boundary=x", "application/x-www-form-urlencodedx"])
    func anythingElseIsNotAForm(_ contentType: String?) {
        #expect(!FormFields.isForm(contentType))
    }

    @Test func namesKeepTheirDotsAndValuesAreDecoded() {
        let fields = FormFields.parse("DLO.K2.3=4&DLO.O.K1=Meer+tijd%2C+minder+haast&_action=next")
        #expect(fields.map(\.name) == ["DLO.K2.3", "DLO.O.K1", "_action"])
        #expect(fields.map(\.value) == ["4", "Meer tijd, minder haast", "next"])
    }

    @Test func utf8EscapesBecomeTheirCharacters() {
        #expect(FormFields.parse("t=caf%C3%A9+%E2%82%AC5").first?.value == "café €5")
    }

    @Test func aMalformedEscapeIsKeptAsSent() {
        #expect(FormFields.parse("t=100%25+zeker+%ZZ+%4").first?.value == "100% zeker %ZZ %4")
    }

    @Test func emptyNamesAreSkippedAndMissingValuesAreEmpty() {
        let fields = FormFields.parse("=3&a&b=")
        #expect(fields.map(\.name) == ["a", "b"])
        #expect(fields.map(\.value) == ["", ""])
    }
}
