import Foundation
import Plot

/// Asks for the address to mail a reset link to.
struct PasswordResetRequestPage: Page {
    var email = ""
    var error: String?
    var notice: String?

    func title(_ strings: any Strings) -> String { strings.passwordResetTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            Forms.notice(error),
            Forms.notice(notice, kind: .success),
            .p(.text(s.passwordResetExplanation)),
            .form(
                .method(.post), .action(Route.passwordReset.path),
                Forms.csrf(context),
                Forms.field("email", label: s.emailLabel, type: .email, value: email, required: true, autocomplete: "email"),
                Forms.submit(s.passwordResetSubmit)
            )
        )
    }
}

/// The new password, reached through the mailed link; without a usable link only the reason.
struct PasswordResetPage: Page {
    let token: String?
    var error: String?

    func title(_ strings: any Strings) -> String { strings.passwordResetTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        guard let token else {
            return .group(Forms.notice(error), .p(.a(.href(Route.passwordReset.path), .text(s.passwordResetAgain))))
        }
        return .group(
            Forms.notice(error),
            .form(
                .method(.post), .action(Route.passwordResetConfirm(token: token).path),
                Forms.csrf(context),
                Forms.field(
                    "password", label: s.newPasswordLabel, type: .password, required: true, autocomplete: "new-password",
                    hint: s.passwordHint),
                Forms.field(
                    "confirmation", label: s.passwordConfirmationLabel, type: .password, required: true, autocomplete: "new-password"),
                Forms.submit(s.changePasswordSubmit)
            )
        )
    }
}
