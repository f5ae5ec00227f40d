import Foundation
import VeerkrachtCore

/// The list of people.
extension Dutch {
    var peopleTitle: String { "Mensen" }
    func peopleCount(_ count: Int) -> String { count == 1 ? "1 persoon" : "\(count) mensen" }
    var peopleEmpty: String { "Er zijn nog geen mensen. Importeer ze uit een CSV-bestand van uw HR-systeem." }
    var unitLabel: String { "Eenheid" }
    var birthYearLabel: String { "Geboortejaar" }
    var genderLabel: String { "Gender" }
    var startDateLabel: String { "In dienst sinds" }
    var levelLabel: String { "Niveau" }
    func genderName(_ gender: Gender) -> String {
        switch gender {
        case .female: "vrouw"
        case .male: "man"
        case .other: "anders"
        }
    }
    var pagesLabel: String { "Pagina's" }
    var previousPage: String { "Vorige" }
    var nextPage: String { "Volgende" }
    func pageOf(_ page: Int, _ pages: Int) -> String { "Pagina \(page) van \(pages)" }
    var importTitle: String { "Mensen importeren" }
    var peopleSearchLabel: String { "Zoeken" }
    var peopleSearchHint: String { "Personeelsnummer, e-mailadres of (een deel van) het pad van een eenheid." }
    var allUnits: String { "Alle eenheden" }
    var searchSubmit: String { "Zoeken" }
    func peopleFound(_ count: Int) -> String { count == 1 ? "1 persoon gevonden" : "\(count) mensen gevonden" }
    var alsoUnderstoodHeading: String { "Ook herkend" }
    var templateIntro: String { "Begin met een leeg sjabloon:" }
    func templateLink(_ language: Language) -> String {
        language == .nl ? "sjabloon met Nederlandse kolomnamen (; voor Excel)" : "sjabloon met Engelse kolomnamen (,)"
    }
    var importIntro: String {
        "Upload een CSV-export uit uw HR-systeem. U ziet eerst wat er verandert; pas als u bevestigt, wordt het doorgevoerd. Bevat het bestand ook maar één fout, dan verandert er niets en ziet u alle fouten tegelijk."
    }
    var importColumnsCaption: String { "Kolommen" }
    var columnHeading: String { "Kolom" }
    var meaningHeading: String { "Betekenis" }
    func columnMeaning(_ column: PersonColumn) -> String {
        switch column {
        case .externalID: "Verplicht. Het vaste nummer van de medewerker in het HR-systeem."
        case .email: "Optioneel. Voor het versturen van scans."
        case .unit: "Optioneel. Het pad van de eenheid, zoals ‘Zorg / Team Noord’, of de code van de eenheid."
        case .birthYear: "Optioneel. Vier cijfers, bijvoorbeeld 1984."
        case .gender: "Optioneel. f (vrouw), m (man) of x (anders)."
        case .startDate: "Optioneel. Datum van indiensttreding: 2021-03-01 of 1-3-2021."
        case .level: "Optioneel. Functieniveau of schaal, vrije tekst."
        }
    }
    var importFormatHint: String {
        "Scheidingsteken ; of , (wordt herkend), UTF-8 met of zonder BOM. Een kolom die ontbreekt laat bestaande gegevens staan; een lege cel maakt het gegeven leeg."
    }
    var importFileLabel: String { "CSV-bestand" }
    var importFullLabel: String { "Dit is een volledige export" }
    var importFullHint: String {
        "Bij een volledige export worden mensen die niet in het bestand staan gearchiveerd. Hun geschiedenis blijft bewaard."
    }
    var importPartialHint: String { "Dit is geen volledige export: mensen die niet in het bestand staan, blijven zoals ze zijn." }
    var importPreviewSubmit: String { "Bekijk wat er verandert" }
    var importNoFile: String { "Kies een CSV-bestand om te uploaden." }
    func importPreviewTitle(fileName: String) -> String { "Import van \(fileName)" }
    func importRejected(problems: Int) -> String {
        problems == 1
            ? "Het bestand bevat 1 fout. Er is niets gewijzigd. Herstel de fout en upload het bestand opnieuw."
            : "Het bestand bevat \(problems) fouten. Er is niets gewijzigd. Herstel ze en upload het bestand opnieuw."
    }
    var importProblemsCaption: String { "Fouten per regel" }
    var lineHeading: String { "Regel" }
    var problemHeading: String { "Wat er mis is" }
    func importProblem(_ problem: ImportProblem) -> String {
        switch problem {
        case .fileEmpty: "Het bestand is leeg."
        case .notText: "Het bestand is geen leesbare tekst. Sla het op als CSV (UTF-8)."
        case .missingExternalIDColumn: "De kolom external_id ontbreekt in de eerste regel."
        case .duplicateColumn(let name): "De kolom ‘\(name)’ komt twee keer voor."
        case .wrongFieldCount(let expected, let found): "Deze regel heeft \(found) velden, de kopregel heeft er \(expected)."
        case .required: "Dit veld is verplicht."
        case .tooLong(let maximum): "Dit veld is langer dan \(maximum) tekens."
        case .duplicateExternalID(let first): "Deze external_id staat ook al op regel \(first)."
        case .invalidEmail(let value): "‘\(value)’ is geen geldig e-mailadres."
        case .duplicateEmail(let first): "Dit e-mailadres staat ook al op regel \(first)."
        case .unknownUnit(let value, let suggestion):
            "Er is geen actieve eenheid met pad of code ‘\(value)’." + (suggestion.map { " Bedoelt u ‘\($0)’?" } ?? "")
        case .invalidBirthYear(let value, let earliest, let latest): "‘\(value)’ is geen geboortejaar tussen \(earliest) en \(latest)."
        case .invalidGender(let value): "‘\(value)’ is geen geldige waarde; gebruik V (vrouw), M (man) of X, of f, m of x."
        case .invalidDate(let value): "‘\(value)’ is geen geldige datum; gebruik 2021-03-01 of 1-3-2021."
        case .tooManyRows(let maximum): "Het bestand heeft meer dan \(maximum) regels."
        case .controlCharacter: "Deze cel bevat een onzichtbaar stuurteken (zoals NUL)."
        }
    }
    var importTryAgain: String { "Een ander bestand uploaden" }
    func importWillCreate(_ count: Int) -> String { count == 1 ? "1 persoon wordt toegevoegd" : "\(count) mensen worden toegevoegd" }
    func importWillUpdate(_ count: Int) -> String {
        count == 1 ? "bij 1 persoon veranderen gegevens" : "bij \(count) mensen veranderen gegevens"
    }
    func importWillMove(_ count: Int) -> String {
        count == 1 ? "1 persoon gaat naar een andere eenheid" : "\(count) mensen gaan naar een andere eenheid"
    }
    func importWillArchive(_ count: Int) -> String { count == 1 ? "1 persoon wordt gearchiveerd" : "\(count) mensen worden gearchiveerd" }
    func importUnchanged(_ count: Int) -> String { count == 1 ? "1 persoon blijft ongewijzigd" : "\(count) mensen blijven ongewijzigd" }
    func importIgnoredColumns(_ headers: [String]) -> String {
        "Deze kolommen kent Veerkracht niet en worden overgeslagen: \(list(headers))."
    }
    var importCreatesHeading: String { "Toegevoegd" }
    var importUpdatesHeading: String { "Gewijzigd" }
    var importMovesHeading: String { "Verplaatst" }
    var importArchivesHeading: String { "Gearchiveerd" }
    var importApplySubmit: String { "Import doorvoeren" }
    var importNothingToDo: String { "Dit bestand verandert niets: alles is al zo." }
    var importAlreadyApplied: String { "Deze import is al doorgevoerd." }
    func importApplied(created: Int, changed: Int, archived: Int) -> String {
        "De import is doorgevoerd: \(created) toegevoegd, \(changed) gewijzigd of verplaatst, \(archived) gearchiveerd."
    }
    func andMore(_ count: Int) -> String { "en nog \(count)" }
}
