import Foundation
import VeerkrachtCore

/// Accounts, the audit log and the data an organisation owns: passwords, sessions, erasure, export and retention.
extension English {
    var retentionHeading: String { "Retention" }
    var retentionExplanation: String {
        "This many months after a wave closes, its personal links stop working and answers in progress, learning-preference profiles and unsent mails are erased. The anonymous responses and all results stay."
    }
    var retentionLabel: String { "Keep personal links" }
    func retentionChoice(months: Int) -> String { "\(months) months after closing" }
    var retentionOutOfRange: String { "Choose a retention of 1 to 120 months." }
    var eraseHeading: String { "Erase a person's data" }
    var eraseExplanation: String {
        "At an employee's request: erases e-mail address, birth year, gender, start date, level and unit, makes their personal links useless and removes answers in progress and their learning-preference profile. Submitted responses stay: they were anonymous already. This cannot be undone."
    }
    var eraseConfirmation: String { "I understand this cannot be undone" }
    var eraseSubmit: String { "Erase data" }
    var eraseNeedsConfirmation: String {
        "Enter the external id and tick that you understand erasing cannot be undone. Nothing was erased."
    }
    var eraseUnknownPerson: String { "Nobody in this organisation has this external id. Nothing was erased." }
    var personErased: String { "The personal data were erased." }
    var deleteOrganisationHeading: String { "Delete the organisation" }
    func deleteOrganisationExplanation(_ name: String) -> String {
        "Deletes \(name) with everything in it: units, people, waves and answers, portfolio, conversations, tokens and audit log. Make an export or backup first. Type the name exactly to confirm."
    }
    var deleteOrganisationNameLabel: String { "Name of the organisation" }
    var deleteOrganisationSubmit: String { "Delete for good" }
    var deleteOrganisationNameMismatch: String { "The typed name is not exactly the organisation's name. Nothing was deleted." }
    var auditTitle: String { "Audit log" }
    var exportTitle: String { "All data (ZIP)" }
    var exportCardText: String { "Units, people, waves, responses of groups that may be shown, portfolio and audit log, as CSV and JSON." }
    var auditCardText: String { "Who did what: access, waves, downloads, tokens and imports." }
    var auditExplanation: String {
        "Who did what and when, for what matters to a works council: access, waves, the response file, hidden answers, tokens and imports. Nobody can change the log; events older than two years are removed."
    }
    var auditEmpty: String { "Nothing recorded yet." }
    var auditWhen: String { "When" }
    var auditWho: String { "Who" }
    var auditWhat: String { "What" }
    var auditSubject: String { "On what" }
    var auditOlder: String { "Older events" }
    func auditAction(_ action: AuditAction) -> String {
        switch action {
        case .memberInvited: "Member invited or added"
        case .roleChanged: "Role changed"
        case .memberRemoved: "Access removed"
        case .waveOpened: "Wave opened"
        case .waveClosed: "Wave closed"
        case .waveReopened: "Wave reopened"
        case .waveEdited: "Wave changed"
        case .waveDeleted: "Wave deleted"
        case .liveResultsChanged: "Live results on/off"
        case .responsesDownloaded: "Response file downloaded"
        case .openAnswerHidden: "Open answer hidden"
        case .tokenCreated: "API token made"
        case .tokenRevoked: "API token revoked"
        case .peopleImported: "People imported"
        case .passwordChanged: "Password changed"
        case .signedOutEverywhere: "Signed out everywhere"
        case .personErased: "Personal data erased"
        case .organisationDeleted: "Organisation deleted"
        case .organisationExported: "All data exported"
        case .retentionChanged: "Retention changed"
        }
    }
    var forgotPassword: String { "Forgot your password?" }
    var passwordResetTitle: String { "Set a new password" }
    var passwordResetExplanation: String { "Enter the e-mail address of your account. You will get a link to choose a new password, once." }
    var passwordResetSubmit: String { "Send the link" }
    func passwordResetSent(minutes: Int) -> String {
        "If there is an account with this address, a link is on its way to it. It works for \(minutes) minutes and once. Nothing arrived? Look in your spam folder or ask your advisor."
    }
    var passwordResetLinkInvalid: String { "This link does not work (any more): it was used, it expired, or it was not copied whole." }
    var passwordResetAgain: String { "Ask for a new link" }
    var passwordResetDone: String { "Your new password is set and you are signed out everywhere. Sign in with your new password." }
    var passwordResetSubject: String { "Your password for Veerkracht" }
    func passwordResetBody(link: String, minutes: Int) -> String {
        """
        Hello,

        Someone (hopefully you) asked for a new password for your Veerkracht account. This link lets you choose it; it works for \(minutes) minutes and once:

        \(link)

        Did you not ask for this? Then there is nothing to do: your current password keeps working.
        """
    }
    var accountTitle: String { "My account" }
    var accountLink: String { "Account" }
    var changePasswordHeading: String { "Change password" }
    var currentPasswordLabel: String { "Current password" }
    var newPasswordLabel: String { "New password" }
    var changePasswordSubmit: String { "Change password" }
    var currentPasswordWrong: String { "The current password is not right. Nothing was changed." }
    var passwordChanged: String { "Your password was changed. You are signed out on other devices." }
    var signOutEverywhereHeading: String { "Sign out everywhere" }
    var signOutEverywhereExplanation: String {
        "Ends all your sessions, this one too: for a browser left signed in somewhere or a lost device."
    }
    var signOutEverywhereSubmit: String { "Sign out everywhere" }

    // Accounts, invitations and the first setup.
    var setupTitle: String { "Set up Veerkracht" }
    var setupIntro: String {
        "There is no account yet. Create the administrator of this installation here. The setup code is in the server's log, right after it started."
    }
    var setupNoCode: String {
        "No setup code is valid now: a code works for 24 hours after a server printed it. Start the server again with 'veerkracht serve' and copy the new code from its log."
    }
    var setupCodeLabel: String { "Setup code" }
    var setupCodeHint: String { "Sixteen characters in four groups, for example ABCD-EFGH-JKLM-NPQR." }
    var setupSubmit: String { "Create administrator" }
    var setupWrongCode: String { "This setup code is not right. Look in the server's log." }
    var emailLabel: String { "E-mail address" }
    var invalidEmail: String { "Enter a valid e-mail address, such as name@organisation.org." }
    var passwordLabel: String { "Password" }
    var passwordHint: String {
        "At least \(PasswordPolicy.minimumLength) characters. A sentence of a few words is strong and easy to remember."
    }
    var passwordConfirmationLabel: String { "Password again" }
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
    var signInTitle: String { "Sign in" }
    var signInSubmit: String { "Sign in" }
    var signInFailed: String { "This e-mail address and password do not belong together." }
    func signInLocked(minutes: Int) -> String {
        "A wrong password was used too often for this address. Try again in \(minutes) \(minutes == 1 ? "minute" : "minutes")."
    }
    var signedOut: String { "You have signed out." }
    var homeTitle: String { "Your organisations" }
    var homeEmpty: String { "You do not belong to any organisation yet. Ask the administrator for an invitation." }
    var homeEmptyAdmin: String {
        "You do not belong to any organisation yet. Create one under Administration and invite yourself or others."
    }
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
    var invitationTitle: String { "Accept invitation" }
    func invitationIntro(organisation: String, role: String, email: String) -> String {
        "You have been invited to \(organisation) as \(role.lowercased()), with the address \(email). Choose a password to create your account."
    }
    var invitationSubmit: String { "Create account" }
}
