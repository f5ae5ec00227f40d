import Foundation
import VeerkrachtCore

struct English: Strings {
    let language = Language.en
    let languageName = "English"
    let locale = Locale(identifier: "en_GB")

    let skipToContent = "Skip to content"
    let mainNavigation = "Main menu"
    let administration = "Administration"
    let chooseOrganisation = "Choose an organisation"
    let backHome = "Back to the start page"
    func signOut(email: String) -> String { "Sign out (\(email))" }
    func footer(version: String) -> String { "Veerkracht \(version) — sustainable learning in organisations" }
    func errorTitle(status: Int) -> String {
        switch status {
        case 404: "Not found"
        case 403: "No access"
        case 429: "Please wait"
        case 400..<500: "That did not work"
        default: "Something went wrong"
        }
    }
    func message(for error: AppError) -> String {
        switch error {
        case .notFound: "This page does not exist, or you have no access to it."
        case .forbidden: "Your role in this organisation does not allow this. Ask an advisor of your organisation."
        case .invalidFormToken: "The form had expired or did not come from this site. Nothing was changed; reload the page and try again."
        case .formTooLarge: "This form is larger, or has more fields, than any page of Veerkracht sends. Nothing was changed."
        case .controlCharacter:
            "A field holds an invisible control character (such as NUL) that nobody types. Nothing was changed; please type the text again."
        case .signInRequired: "Please sign in first."
        case .setupRequired: "Veerkracht has not been set up yet."
        case .badRequest(let detail): "The request was not right: \(detail)"
        case .unauthorized: "Send a valid API token: Authorization: Bearer <token>."
        case .invalid(_, let detail): detail
        }
    }
    func message(forStatus status: UInt) -> String {
        switch status {
        case 404: "This page does not exist, or you have no access to it."
        case 413: "The file is too large."
        case 400..<500: "The request could not be handled. Nothing was changed."
        default: "Something went wrong on our side. Nothing was changed; please try again later."
        }
    }

    let setupTitle = "Set up Veerkracht"
    let setupIntro =
        "There is no account yet. Create the administrator of this installation here. The setup code is in the server's log, right after it started."
    let setupNoCode = "This server has not issued a setup code. Start it with 'veerkracht serve' and copy the code from its log."
    let setupCodeLabel = "Setup code"
    let setupCodeHint = "Sixteen characters in four groups, for example ABCD-EFGH-JKLM-NPQR."
    let setupSubmit = "Create administrator"
    let setupWrongCode = "This setup code is not right. Look in the server's log."
    let emailLabel = "E-mail address"
    let invalidEmail = "Enter a valid e-mail address, such as name@organisation.org."
    let passwordLabel = "Password"
    let passwordHint = "At least \(PasswordPolicy.minimumLength) characters. A sentence of a few words is strong and easy to remember."
    let passwordConfirmationLabel = "Password again"
    func passwordProblem(_ problem: PasswordPolicy.Problem) -> String {
        switch problem {
        case .tooShort(let minimum): "The password must be at least \(minimum) characters long; a few unrelated words make a good one."
        case .tooLong(let maximumBytes):
            "The password may be at most \(maximumBytes) bytes long (letters with accents and emoji count double or more); the rest would be ignored."
        case .common:
            "This password is among the first an attacker tries: a familiar word or keyboard row with digits or signs added. Choose a few unrelated words."
        case .mismatch: "The two passwords are not the same."
        }
    }
    let signInTitle = "Sign in"
    let signInSubmit = "Sign in"
    let signInFailed = "This e-mail address and password do not belong together."
    func signInLocked(minutes: Int) -> String {
        "A wrong password was used too often for this address. Try again in \(minutes) \(minutes == 1 ? "minute" : "minutes")."
    }
    let signedOut = "You have signed out."
    let homeTitle = "Your organisations"
    let homeEmpty = "You do not belong to any organisation yet. Ask the administrator for an invitation."
    let homeEmptyAdmin = "You do not belong to any organisation yet. Create one under Administration and invite yourself or others."
    func roleName(_ role: Role) -> String {
        switch role {
        case .advisor: "Advisor"
        case .manager: "Manager"
        case .viewer: "Viewer"
        }
    }
    func roleChoice(_ role: Role) -> String {
        switch role {
        case .advisor: "Advisor — runs scans, keeps the portfolio, units and people"
        case .manager: "Manager — reads results and the dashboard, holds the conversation"
        case .viewer: "Viewer — reads along"
        }
    }
    func yourRole(_ role: String) -> String { "Your role: \(role)" }
    let invitationTitle = "Accept invitation"
    func invitationIntro(organisation: String, role: String, email: String) -> String {
        "You have been invited to \(organisation) as \(role.lowercased()), with the address \(email). Choose a password to create your account."
    }
    let invitationSubmit = "Create account"

    let organisationsTitle = "Organisations"
    let organisationsEmpty = "There are no organisations yet."
    let organisationCreateHeading = "New organisation"
    let organisationCreateSubmit = "Create organisation"
    let organisationNameTaken = "There is already an organisation with this name."
    let nameLabel = "Name"
    let nameRequired = "Enter a name."
    func nameTooLong(maximum: Int) -> String { "A name is at most \(maximum) characters long." }
    let membersHeading = "Members"
    let membersEmpty = "Nobody has access to this organisation yet."
    let roleLabel = "Role"
    let invitationsHeading = "Open invitations"
    let expiresHeading = "Valid until"
    let inviteHeading = "Invite someone"
    let inviteHint =
        "You get a personal link to pass on yourself. It works once and for two weeks. Someone who already has an account gets access at once."
    let inviteSubmit = "Invite"
    let accessHeading = "Access"
    let removeAccess = "Remove access"
    func roleFor(email: String) -> String { "Role of \(email)" }
    func removeAccessFor(email: String) -> String { "Remove access for \(email)" }
    func invitationCreated(email: String) -> String {
        "The invitation for \(email) is ready. Pass on this link; it is shown only this once:"
    }
    func memberAddedExisting(email: String) -> String { "\(email) already had an account and now has access to this organisation." }
    func alreadyMember(email: String) -> String { "\(email) already has access to this organisation." }

    let unitsTitle = "Units"
    func unitCount(_ count: Int) -> String { count == 1 ? "1 active unit" : "\(count) active units" }
    let unitsEmpty = "There are no units yet. Start at the top, for example with a division or department."
    let codeLabel = "Code"
    let statusHeading = "Status"
    let active = "active"
    let archived = "archived"
    let unitCreateHeading = "Add a unit"
    let unitCodeHint = "Optional: the code from the HR system. An import may refer to a unit by its code or by its path."
    let parentLabel = "Belongs to"
    let topLevel = "(top level)"
    let unitCreateSubmit = "Add unit"
    let backToUnits = "Back to all units"
    let unitRenameHeading = "Name and code"
    let save = "Save"
    let unitMoveHeading = "Move"
    let unitMoveSubmit = "Move"
    let unitArchiveHeading = "Archive"
    let unitArchiveHint =
        "An archived unit and everything below it leave the choice lists and imports, but their history is kept. A unit can be archived once no active people are left in it."
    let unitArchiveSubmit = "Archive"
    let unitRestoreSubmit = "Restore"
    func unitCreated(name: String) -> String { "Unit ‘\(name)’ has been added." }
    let unitNameTaken = "There is already a unit with this name in this place."
    let unitCodeTaken = "This code is already used by another unit."
    let unitNameHasSeparator = "A name may not contain /: in an import it separates the levels of a path."
    let unitMoveInvalid = "A unit cannot be placed under itself, under one of its own parts, or under an archived unit."
    func unitHasPeople(_ count: Int) -> String {
        count == 1
            ? "There is still 1 active person in this unit or below it. Move them first, for example with an import."
            : "There are still \(count) active people in this unit or below it. Move them first, for example with an import."
    }
    let unitRestoreBlocked = "Restore the unit above it first."

    let peopleTitle = "People"
    func peopleCount(_ count: Int) -> String { count == 1 ? "1 person" : "\(count) people" }
    let peopleEmpty = "There are no people yet. Import them from a CSV file from your HR system."
    let unitLabel = "Unit"
    let birthYearLabel = "Year of birth"
    let genderLabel = "Gender"
    let startDateLabel = "Employed since"
    let levelLabel = "Level"
    func genderName(_ gender: Gender) -> String {
        switch gender {
        case .female: "female"
        case .male: "male"
        case .other: "other"
        }
    }
    let pagesLabel = "Pages"
    let previousPage = "Previous"
    let nextPage = "Next"
    func pageOf(_ page: Int, _ pages: Int) -> String { "Page \(page) of \(pages)" }

    let importTitle = "Import people"
    let importIntro =
        "Upload a CSV export from your HR system. You first see what will change; only when you confirm is it carried out. If the file holds even one error, nothing changes and you see every error at once."
    let importColumnsCaption = "Columns"
    let columnHeading = "Column"
    let meaningHeading = "Meaning"
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
    let importFormatHint =
        "Separator ; or , (recognised), UTF-8 with or without BOM. A missing column leaves existing data as it is; an empty cell clears it."
    let importFileLabel = "CSV file"
    let importFullLabel = "This is a complete export"
    let importFullHint = "With a complete export, people who are not in the file are archived. Their history is kept."
    let importPartialHint = "This is not a complete export: people who are not in the file stay as they are."
    let importPreviewSubmit = "Show what will change"
    let importNoFile = "Choose a CSV file to upload."
    func importPreviewTitle(fileName: String) -> String { "Import of \(fileName)" }
    func importRejected(problems: Int) -> String {
        problems == 1
            ? "The file contains 1 error. Nothing was changed. Correct it and upload the file again."
            : "The file contains \(problems) errors. Nothing was changed. Correct them and upload the file again."
    }
    let importProblemsCaption = "Errors by line"
    let lineHeading = "Line"
    let problemHeading = "What is wrong"
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
        case .unknownUnit(let value): "There is no active unit with path or code ‘\(value)’."
        case .invalidBirthYear(let value, let earliest, let latest): "‘\(value)’ is not a year of birth between \(earliest) and \(latest)."
        case .invalidGender(let value): "‘\(value)’ is not a valid value; use f, m or x."
        case .invalidDate(let value): "‘\(value)’ is not a valid date; use 2021-03-01 or 1-3-2021."
        case .tooManyRows(let maximum): "The file has more than \(maximum) lines."
        case .controlCharacter: "This cell holds an invisible control character (such as NUL)."
        }
    }
    let importTryAgain = "Upload another file"
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
    let importCreatesHeading = "Added"
    let importUpdatesHeading = "Changed"
    let importMovesHeading = "Moved"
    let importArchivesHeading = "Archived"
    let importApplySubmit = "Carry out the import"
    let importNothingToDo = "This file changes nothing: everything is already so."
    let importAlreadyApplied = "This import has already been carried out."
    func importApplied(created: Int, changed: Int, archived: Int) -> String {
        "The import has been carried out: \(created) added, \(changed) changed or moved, \(archived) archived."
    }
    func andMore(_ count: Int) -> String { "and \(count) more" }
}
