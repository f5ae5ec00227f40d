import Foundation
import VeerkrachtCore

/// Every text of the interface, once per language. A protocol rather than a table of keys: a
/// text missing in one language does not compile, and texts with numbers or names are whole
/// sentences per language, never pieced together.
protocol Strings: WaveStrings, SurveyStrings, ResultStrings, PreferenceStrings, PortfolioStrings, DashboardStrings, APIStrings, Sendable {
    var language: Language { get }
    var languageName: String { get }
    var locale: Locale { get }

    // Frame
    var skipToContent: String { get }
    var mainNavigation: String { get }
    var administration: String { get }
    var chooseOrganisation: String { get }
    var backHome: String { get }
    func signOut(email: String) -> String
    func footer(version: String) -> String
    func errorTitle(status: Int) -> String
    func message(for error: AppError) -> String
    func message(forStatus status: UInt) -> String

    // Accounts
    var setupTitle: String { get }
    var setupIntro: String { get }
    var setupNoCode: String { get }
    var setupCodeLabel: String { get }
    var setupCodeHint: String { get }
    var setupSubmit: String { get }
    var setupWrongCode: String { get }
    var emailLabel: String { get }
    var invalidEmail: String { get }
    var passwordLabel: String { get }
    var retentionHeading: String { get }
    var retentionExplanation: String { get }
    var retentionLabel: String { get }
    func retentionChoice(months: Int) -> String
    var retentionOutOfRange: String { get }
    var eraseHeading: String { get }
    var eraseExplanation: String { get }
    var eraseConfirmation: String { get }
    var eraseSubmit: String { get }
    var eraseNeedsConfirmation: String { get }
    var eraseUnknownPerson: String { get }
    var personErased: String { get }
    var deleteOrganisationHeading: String { get }
    func deleteOrganisationExplanation(_ name: String) -> String
    var deleteOrganisationNameLabel: String { get }
    var deleteOrganisationSubmit: String { get }
    var deleteOrganisationNameMismatch: String { get }
    var auditTitle: String { get }
    var exportTitle: String { get }
    var exportCardText: String { get }
    var auditCardText: String { get }
    var auditExplanation: String { get }
    var auditEmpty: String { get }
    var auditWhen: String { get }
    var auditWho: String { get }
    var auditWhat: String { get }
    var auditSubject: String { get }
    var auditOlder: String { get }
    func auditAction(_ action: AuditAction) -> String
    var forgotPassword: String { get }
    var passwordResetTitle: String { get }
    var passwordResetExplanation: String { get }
    var passwordResetSubmit: String { get }
    func passwordResetSent(minutes: Int) -> String
    var passwordResetLinkInvalid: String { get }
    var passwordResetAgain: String { get }
    var passwordResetDone: String { get }
    var passwordResetSubject: String { get }
    func passwordResetBody(link: String, minutes: Int) -> String
    var accountTitle: String { get }
    var accountLink: String { get }
    var changePasswordHeading: String { get }
    var currentPasswordLabel: String { get }
    var newPasswordLabel: String { get }
    var passwordHint: String { get }
    var changePasswordSubmit: String { get }
    var currentPasswordWrong: String { get }
    var passwordChanged: String { get }
    var signOutEverywhereHeading: String { get }
    var signOutEverywhereExplanation: String { get }
    var signOutEverywhereSubmit: String { get }
    var passwordConfirmationLabel: String { get }
    func passwordProblem(_ problem: PasswordPolicy.Problem) -> String
    var signInTitle: String { get }
    var signInSubmit: String { get }
    var signInFailed: String { get }
    func signInLocked(minutes: Int) -> String
    var signedOut: String { get }
    var homeTitle: String { get }
    var homeEmpty: String { get }
    var homeEmptyAdmin: String { get }
    func roleName(_ role: Role) -> String
    /// A role with what it may do, as one sentence for the invitation form.
    func roleChoice(_ role: Role) -> String
    func yourRole(_ role: String) -> String
    var invitationTitle: String { get }
    func invitationIntro(organisation: String, role: String, email: String) -> String
    var invitationSubmit: String { get }

    // Administration
    var organisationsTitle: String { get }
    var organisationsEmpty: String { get }
    var organisationCreateHeading: String { get }
    var organisationCreateSubmit: String { get }
    var organisationNameTaken: String { get }
    var nameLabel: String { get }
    var nameRequired: String { get }
    func nameTooLong(maximum: Int) -> String
    var membersHeading: String { get }
    var membersEmpty: String { get }
    var roleLabel: String { get }
    var invitationsHeading: String { get }
    var expiresHeading: String { get }
    var inviteHeading: String { get }
    var inviteHint: String { get }
    var inviteSubmit: String { get }
    var accessHeading: String { get }
    var removeAccess: String { get }
    func roleFor(email: String) -> String
    func removeAccessFor(email: String) -> String
    func invitationCreated(email: String) -> String
    func memberAddedExisting(email: String) -> String
    func alreadyMember(email: String) -> String

    // Units
    var unitsTitle: String { get }
    func unitCount(_ count: Int) -> String
    var unitsEmpty: String { get }
    var codeLabel: String { get }
    var statusHeading: String { get }
    var active: String { get }
    var archived: String { get }
    var unitCreateHeading: String { get }
    var unitCodeHint: String { get }
    var parentLabel: String { get }
    var topLevel: String { get }
    var unitCreateSubmit: String { get }
    var backToUnits: String { get }
    var unitRenameHeading: String { get }
    var save: String { get }
    var unitMoveHeading: String { get }
    var unitMoveSubmit: String { get }
    var unitArchiveHeading: String { get }
    var unitArchiveHint: String { get }
    var unitArchiveSubmit: String { get }
    var unitRestoreSubmit: String { get }
    func unitCreated(name: String) -> String
    var unitNameTaken: String { get }
    var unitCodeTaken: String { get }
    var unitNameHasSeparator: String { get }
    var unitMoveInvalid: String { get }
    func unitHasPeople(_ count: Int) -> String
    var unitRestoreBlocked: String { get }

    // People
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

    // Import
    var importTitle: String { get }
    var importIntro: String { get }
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

extension Strings {
    /// A moment as people in the Netherlands read it.
    func dateTime(_ date: Date) -> String {
        dateTime(date, in: TimeZone(identifier: "Europe/Amsterdam") ?? .current)
    }

    func dateTime(_ date: Date, in timeZone: TimeZone) -> String {
        var style = Date.FormatStyle(date: .abbreviated, time: .shortened)
        style.locale = locale
        style.timeZone = timeZone
        return date.formatted(style)
    }

    func period(_ start: Date, _ end: Date, in timeZone: TimeZone) -> String {
        "\(dateTime(start, in: timeZone)) – \(dateTime(end, in: timeZone))"
    }

    /// A number with one decimal, with the language's decimal separator.
    func decimal(_ value: Double) -> String {
        value.formatted(.number.precision(.fractionLength(1)).locale(locale))
    }

    /// Whole numbers with grouping, for money.
    func decimal0(_ value: Double) -> String {
        value.formatted(.number.precision(.fractionLength(0)).locale(locale))
    }

    /// Two decimals, for means on the 1–5 scale and α.
    func decimal2(_ value: Double) -> String {
        value.formatted(.number.precision(.fractionLength(2)).locale(locale))
    }

    /// Three decimals, for p-values.
    func decimal3(_ value: Double) -> String {
        value.formatted(.number.precision(.fractionLength(3)).locale(locale))
    }

    func percentage(_ share: Double) -> String {
        share.formatted(.percent.precision(.fractionLength(0)).locale(locale))
    }

    /// A list of names in the language's own way, e.g. "a, b en c".
    func list(_ items: [String]) -> String {
        items.formatted(.list(type: .and).locale(locale))
    }
}
