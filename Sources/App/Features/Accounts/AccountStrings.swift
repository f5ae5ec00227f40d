import Foundation
import VeerkrachtCore

/// Accounts, invitations and the first setup.
protocol AccountStrings: Sendable {
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
}
