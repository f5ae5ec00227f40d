import Foundation

/// Passwords that are guessed first. A list of whole passwords goes stale; what people pick is
/// a familiar word or keyboard run, padded with digits and a sign to reach the length. So a
/// password is common when, lower-cased and with its digits and signs taken away, what is left
/// is one of these stems (or nothing), or when it is one character or one short run repeated.
public enum CommonPasswords {
    /// Written for this project: words Dutch and English speakers reach for, keyboard rows,
    /// seasons, months and the product's own name.
    static let stems: Set<String> = [
        "password", "passwords", "passwort", "wachtwoord", "wachtwoorden", "geheim", "welkom", "welcome", "welkom welkom",
        "letmein", "iloveyou", "ikhouvanjou", "admin", "administrator", "beheer", "beheerder", "root", "user", "gebruiker",
        "qwerty", "qwertyuiop", "qwertyuiopasdf", "asdfgh", "asdfghjkl", "zxcvbnm", "azerty", "qwertz", "abc", "abcdef",
        "abcdefgh", "abcdefghijkl", "aaaaaa", "monkey", "dragon", "football", "voetbal", "baseball", "sunshine", "princess",
        "master", "shadow", "superman", "batman", "trustno", "starwars", "whatever", "changeme", "veranderen", "wijzigen",
        "test", "testtest", "testing", "proberen", "demo", "voorjaar", "lente", "zomer", "herfst", "najaar", "winter",
        "spring", "summer", "autumn", "fall", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december", "january", "february", "march", "may", "june", "july", "august",
        "october", "veerkracht", "lerendeorganisatie", "organisatie", "organisation", "company", "bedrijf", "zorg",
        "ziekenhuis", "gemeente", "amsterdam", "rotterdam", "utrecht", "nederland", "holland", "ajax", "feyenoord",
        "psv", "hallo", "hello", "helloworld", "goedemorgen", "liefde", "schatje", "lovely", "computer", "internet",
        "secret", "topsecret", "login", "inloggen", "access", "toegang", "office", "kantoor", "werk", "work"
    ]

    public static func isCommon(_ password: String) -> Bool {
        let lowered = password.lowercased()
        let stem = String(lowered.unicodeScalars.filter { $0.properties.isAlphabetic || $0 == " " }.map(Character.init))
            .trimmingCharacters(in: .whitespaces)
        if stem.isEmpty || stems.contains(stem) || stems.contains(stem.replacingOccurrences(of: " ", with: "")) { return true }
        return isRepetition(lowered)
    }

    /// "aaaaaaaaaaaa", "abcabcabcabc", "121212121212": one run of up to four characters, repeated.
    static func isRepetition(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count >= 2 else { return false }
        for length in 1...min(4, max(1, characters.count / 2)) where characters.count % length == 0 {
            let unit = characters[0..<length]
            if stride(from: 0, to: characters.count, by: length).allSatisfy({ characters[$0..<$0 + length] == unit }) { return true }
        }
        return false
    }
}
