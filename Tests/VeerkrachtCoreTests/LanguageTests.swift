import Testing
import VeerkrachtCore

@Suite struct LanguageTests {
    @Test func theHighestQualitySupportedLanguageWins() {
        #expect(Language.negotiate(acceptLanguage: "de-DE,en;q=0.8,nl;q=0.9") == .nl)
        #expect(Language.negotiate(acceptLanguage: "en-GB,en;q=0.9") == .en)
    }

    @Test func unsupportedOrEmptyHeadersGiveNoLanguage() {
        #expect(Language.negotiate(acceptLanguage: "fr,de;q=0.5") == nil)
        #expect(Language.negotiate(acceptLanguage: "") == nil)
        #expect(Language.negotiate(acceptLanguage: nil) == nil)
    }

    @Test func aLanguageWithQualityZeroIsRefused() {
        #expect(Language.negotiate(acceptLanguage: "en;q=0, nl;q=0.1") == .nl)
    }
}

@Suite struct EmailAddressTests {
    @Test func addressesAreTrimmedAndLowerCased() {
        #expect(EmailAddress("  Ann.de.Vries@Example.ORG ")?.value == "ann.de.vries@example.org")
    }

    @Test(arguments: ["", "ann", "ann@", "@example.org", "ann@example", "ann@@example.org", "ann @example.org",
                      "ann@example..org", "ann@.example.org", "a,b@example.org"])
    func malformedAddressesAreRefused(_ raw: String) {
        #expect(EmailAddress(raw) == nil)
    }
}

@Suite struct PasswordPolicyTests {
    @Test func shortLongAndMismatchedPasswordsAreRefused() {
        #expect(PasswordPolicy.check("123456789") == .tooShort(minimum: 10))
        #expect(PasswordPolicy.check(String(repeating: "a", count: 129)) == .tooLong(maximum: 128))
        #expect(PasswordPolicy.check("long enough pass", confirmation: "long enough pas") == .mismatch)
        #expect(PasswordPolicy.check("long enough pass", confirmation: "long enough pass") == nil)
    }
}

@Suite struct CalendarDateTests {
    @Test func isoAndDutchFormsAreRead() {
        #expect(CalendarDate(parsing: "2021-03-01") == CalendarDate(year: 2021, month: 3, day: 1))
        #expect(CalendarDate(parsing: "1-3-2021") == CalendarDate(year: 2021, month: 3, day: 1))
        #expect(CalendarDate(parsing: "01-03-2021")?.description == "2021-03-01")
    }

    @Test(arguments: ["2021-02-29", "31-04-2021", "2021-13-01", "2021/03/01", "03-01-21", "x", "2021-3"])
    func impossibleOrAmbiguousDatesAreRefused(_ raw: String) {
        #expect(CalendarDate(parsing: raw) == nil)
    }

    @Test func leapDaysFollowTheGregorianRules() {
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
    }
}
