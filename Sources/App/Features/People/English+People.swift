import Foundation
import VeerkrachtCore

/// The list of people.
extension English {
    var peopleTitle: String { "People" }
    func peopleCount(_ count: Int) -> String { count == 1 ? "1 person" : "\(count) people" }
    var peopleEmpty: String { "There are no people yet. Import them from a CSV file from your HR system." }
    var unitLabel: String { "Unit" }
    var birthYearLabel: String { "Year of birth" }
    var genderLabel: String { "Gender" }
    var startDateLabel: String { "Employed since" }
    var levelLabel: String { "Level" }
    func genderName(_ gender: Gender) -> String {
        switch gender {
        case .female: "female"
        case .male: "male"
        case .other: "other"
        }
    }
    var pagesLabel: String { "Pages" }
    var previousPage: String { "Previous" }
    var nextPage: String { "Next" }
    func pageOf(_ page: Int, _ pages: Int) -> String { "Page \(page) of \(pages)" }
    var alsoUnderstoodHeading: String { "Also understood" }
    var peopleSearchLabel: String { "Search" }
    var peopleSearchHint: String { "External id, e-mail address or (part of) a unit's path." }
    var allUnits: String { "All units" }
    var searchSubmit: String { "Search" }
    func peopleFound(_ count: Int) -> String { count == 1 ? "1 person found" : "\(count) people found" }
    var templateIntro: String { "Start from an empty template:" }
    func templateLink(_ language: Language) -> String {
        language == .nl ? "template with Dutch column names (; for a Dutch Excel)" : "template with English column names (,)"
    }
    var importTitle: String { "Import people" }
    var importIntro: String {
        "Upload a CSV export from your HR system. You first see what will change; only when you confirm is it carried out. If the file holds even one error, nothing changes and you see every error at once."
    }
    var importColumnsCaption: String { "Columns" }
    var columnHeading: String { "Column" }
    var meaningHeading: String { "Meaning" }
    func columnMeaning(_ column: PersonColumn) -> String {
        switch column {
        case .externalID: "Required. The employee's fixed number in the HR system."
        case .email: "Optional. For sending scans."
        case .unit: "Optional. The unit's path, such as ‘Zorg / Team Noord’, or the unit's code."
        case .birthYear: "Optional. Four digits, for example 1984."
        case .gender: "Optional. f (female), m (male) or x (other)."
        case .startDate: "Optional. Date of joining: 2021-03-01 or 1-3-2021."
        case .level: "Optional. Job level or grade, free text."
        }
    }
    var importFormatHint: String {
        "Separator ; or , (recognised), UTF-8 with or without BOM. A missing column leaves existing data as it is; an empty cell clears it."
    }
    var importFileLabel: String { "CSV file" }
    var importFullLabel: String { "This is a complete export" }
    var importFullHint: String { "With a complete export, people who are not in the file are archived. Their history is kept." }
    var importPartialHint: String { "This is not a complete export: people who are not in the file stay as they are." }
    var importPreviewSubmit: String { "Show what will change" }
    var importNoFile: String { "Choose a CSV file to upload." }
    func importPreviewTitle(fileName: String) -> String { "Import of \(fileName)" }
    func importRejected(problems: Int) -> String {
        problems == 1
            ? "The file contains 1 error. Nothing was changed. Correct it and upload the file again."
            : "The file contains \(problems) errors. Nothing was changed. Correct them and upload the file again."
    }
    var importProblemsCaption: String { "Errors by line" }
    var lineHeading: String { "Line" }
    var problemHeading: String { "What is wrong" }
    func importProblem(_ problem: ImportProblem) -> String {
        switch problem {
        case .fileEmpty: "The file is empty."
        case .notText: "The file is not readable text. Save it as CSV (UTF-8)."
        case .missingExternalIDColumn: "The column external_id is missing from the first line."
        case .duplicateColumn(let name): "The column ‘\(name)’ appears twice."
        case .wrongFieldCount(let expected, let found): "This line has \(found) fields; the header has \(expected)."
        case .required: "This field is required."
        case .tooLong(let maximum): "This field is longer than \(maximum) characters."
        case .duplicateExternalID(let first): "This external_id is also on line \(first)."
        case .invalidEmail(let value): "‘\(value)’ is not a valid e-mail address."
        case .duplicateEmail(let first): "This e-mail address is also on line \(first)."
        case .unknownUnit(let value, let suggestion):
            "There is no active unit with path or code ‘\(value)’." + (suggestion.map { " Did you mean ‘\($0)’?" } ?? "")
        case .invalidBirthYear(let value, let earliest, let latest): "‘\(value)’ is not a year of birth between \(earliest) and \(latest)."
        case .invalidGender(let value): "‘\(value)’ is not a valid value; use f (female), m (male) or x, or the Dutch V, M or X."
        case .invalidDate(let value): "‘\(value)’ is not a valid date; use 2021-03-01 or 1-3-2021."
        case .tooManyRows(let maximum): "The file has more than \(maximum) lines."
        case .controlCharacter: "This cell holds an invisible control character (such as NUL)."
        }
    }
    var importTryAgain: String { "Upload another file" }
    func importWillCreate(_ count: Int) -> String { count == 1 ? "1 person will be added" : "\(count) people will be added" }
    func importWillUpdate(_ count: Int) -> String {
        count == 1 ? "1 person's details will change" : "\(count) people's details will change"
    }
    func importWillMove(_ count: Int) -> String { count == 1 ? "1 person moves to another unit" : "\(count) people move to another unit" }
    func importWillArchive(_ count: Int) -> String { count == 1 ? "1 person will be archived" : "\(count) people will be archived" }
    func importUnchanged(_ count: Int) -> String { count == 1 ? "1 person stays unchanged" : "\(count) people stay unchanged" }
    func importIgnoredColumns(_ headers: [String]) -> String {
        "Veerkracht does not know these columns and skips them: \(list(headers))."
    }
    var importCreatesHeading: String { "Added" }
    var importUpdatesHeading: String { "Changed" }
    var importMovesHeading: String { "Moved" }
    var importArchivesHeading: String { "Archived" }
    var importApplySubmit: String { "Carry out the import" }
    var importNothingToDo: String { "This file changes nothing: everything is already so." }
    var importAlreadyApplied: String { "This import has already been carried out." }
    func importApplied(created: Int, changed: Int, archived: Int) -> String {
        "The import has been carried out: \(created) added, \(changed) changed or moved, \(archived) archived."
    }
    func andMore(_ count: Int) -> String { "and \(count) more" }
}
