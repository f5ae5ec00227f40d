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

    @Test(arguments: [
        "", "ann", "ann@", "@example.org", "ann@example", "ann@@example.org", "ann @example.org",
        "ann@example..org", "ann@.example.org", "a,b@example.org"
    ])
    func malformedAddressesAreRefused(_ raw: String) {
        #expect(EmailAddress(raw) == nil)
    }
}

@Suite struct PasswordPolicyTests {
    @Test func shortAndMismatchedPasswordsAreRefused() {
        #expect(PasswordPolicy.check("elf tekens!") == .tooShort(minimum: 12))
        #expect(PasswordPolicy.check("long enough pass", confirmation: "long enough pas") == .mismatch)
        #expect(PasswordPolicy.check("long enough pass", confirmation: "long enough pass") == nil)
    }

    /// bcrypt would ignore everything after byte 72 and accept a password that differs there.
    @Test func aPasswordBeyondWhatBcryptReadsIsRefusedCountingBytesNotLetters() {
        #expect(PasswordPolicy.check(String(repeating: "kraan vogel ", count: 6)) == nil)  // 72 bytes
        #expect(PasswordPolicy.check(String(repeating: "kraan vogel ", count: 6) + "x") == .tooLong(maximumBytes: 72))
        #expect(PasswordPolicy.check(String(repeating: "é", count: 37)) == .tooLong(maximumBytes: 72))  // 37 letters, 74 bytes
    }

    @Test(arguments: [
        "Wachtwoord2026!", "password1234", "Welkom123456", "qwertyuiop12", "Zomer2026!!!", "123456789012",
        "aaaaaaaaaaaa", "abcabcabcabc", "Veerkracht-2026", "12121212121212"
    ])
    func commonPasswordsWithDigitsAndSignsAddedAreRefused(_ password: String) {
        #expect(PasswordPolicy.check(password) == .common)
    }

    @Test(arguments: ["correct horse battery", "kraanvogel op de dijk", "Tulpen & 4 fietsen"])
    func unrelatedWordsArePasswordsThePolicyTakes(_ password: String) {
        #expect(PasswordPolicy.check(password) == nil)
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
