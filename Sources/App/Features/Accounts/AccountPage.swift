import Foundation
import Plot

/// Change one's password, or sign out on every device.
struct AccountPage: Page {
    var error: String?
    var notice: String?

    func title(_ strings: any Strings) -> String { strings.accountTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            Forms.notice(error),
            Forms.notice(notice, kind: .success),
            .h2(.text(s.changePasswordHeading)),
            .form(
                .method(.post), .action(Route.accountPassword.path),
                Forms.csrf(context),
                Forms.field("current", label: s.currentPasswordLabel, type: .password, required: true, autocomplete: "current-password"),
                Forms.field(
                    "password", label: s.newPasswordLabel, type: .password, required: true, autocomplete: "new-password",
                    hint: s.passwordHint),
                Forms.field(
                    "confirmation", label: s.passwordConfirmationLabel, type: .password, required: true, autocomplete: "new-password"),
                Forms.submit(s.changePasswordSubmit)
            ),
            .h2(.text(s.signOutEverywhereHeading)),
            .p(.text(s.signOutEverywhereExplanation)),
            .form(.method(.post), .action(Route.signOutEverywhere.path), Forms.csrf(context), Forms.submit(s.signOutEverywhereSubmit))
        )
    }
}
