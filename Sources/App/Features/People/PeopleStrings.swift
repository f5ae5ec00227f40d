import Foundation
import VeerkrachtCore

/// The list of people.
protocol PeopleStrings: Sendable {
    var peopleTitle: String { get }
    func peopleCount(_ count: Int) -> String
    var peopleEmpty: String { get }
    var unitLabel: String { get }
    var birthYearLabel: String { get }
    var genderLabel: String { get }
    var startDateLabel: String { get }
    var levelLabel: String { get }
    func genderName(_ gender: Gender) -> String
    var pagesLabel: String { get }
    var previousPage: String { get }
    var nextPage: String { get }
    func pageOf(_ page: Int, _ pages: Int) -> String
    var importTitle: String { get }
    var importIntro: String { get }
    var peopleSearchLabel: String { get }
    var peopleSearchHint: String { get }
    var allUnits: String { get }
    var searchSubmit: String { get }
    func peopleFound(_ count: Int) -> String
    var alsoUnderstoodHeading: String { get }
    var templateIntro: String { get }
    func templateLink(_ language: Language) -> String
    var importColumnsCaption: String { get }
    var columnHeading: String { get }
    var meaningHeading: String { get }
    func columnMeaning(_ column: PersonColumn) -> String
    var importFormatHint: String { get }
    var importFileLabel: String { get }
    var importFullLabel: String { get }
    var importFullHint: String { get }
    var importPartialHint: String { get }
    var importPreviewSubmit: String { get }
    var importNoFile: String { get }
    func importPreviewTitle(fileName: String) -> String
    func importRejected(problems: Int) -> String
    var importProblemsCaption: String { get }
    var lineHeading: String { get }
    var problemHeading: String { get }
    func importProblem(_ problem: ImportProblem) -> String
    var importTryAgain: String { get }
    func importWillCreate(_ count: Int) -> String
    func importWillUpdate(_ count: Int) -> String
    func importWillMove(_ count: Int) -> String
    func importWillArchive(_ count: Int) -> String
    func importUnchanged(_ count: Int) -> String
    func importIgnoredColumns(_ headers: [String]) -> String
    var importCreatesHeading: String { get }
    var importUpdatesHeading: String { get }
    var importMovesHeading: String { get }
    var importArchivesHeading: String { get }
    var importApplySubmit: String { get }
    var importNothingToDo: String { get }
    var importAlreadyApplied: String { get }
    func importApplied(created: Int, changed: Int, archived: Int) -> String
    func andMore(_ count: Int) -> String
}
