import Foundation
import Plot

/// The first page of a new installation: creates the installation administrator.
struct SetupPage: Page {
    var email = ""
    var error: String?
    /// False when this server has no code to offer (it was not started with `serve`).
    var codeIssued = true

    func title(_ strings: any Strings) -> String { strings.setupTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            .p(.text(s.setupIntro)),
            Forms.notice(codeIssued ? error : s.setupNoCode),
            .form(
                .method(.post), .action(Route.setup.path),
                Forms.csrf(context),
                Forms.field("code", label: s.setupCodeLabel, required: true, autocomplete: "off", hint: s.setupCodeHint),
                Forms.field("email", label: s.emailLabel, type: .email, value: email, required: true, autocomplete: "email"),
                Forms.field(
                    "password", label: s.passwordLabel, type: .password, required: true,
                    autocomplete: "new-password", hint: s.passwordHint),
                Forms.field(
                    "confirmation", label: s.passwordConfirmationLabel, type: .password, required: true,
                    autocomplete: "new-password"),
                Forms.submit(s.setupSubmit)
            )
        )
    }
}
