import Foundation
import Plot

struct SignInPage: Page {
    var email = ""
    var error: String?
    var notice: String?

    func title(_ strings: any Strings) -> String { strings.signInTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            Forms.notice(error),
            Forms.notice(notice, kind: .success),
            .form(
                .method(.post), .action(Route.signIn.path),
                Forms.csrf(context),
                Forms.field("email", label: s.emailLabel, type: .email, value: email, required: true, autocomplete: "email"),
                Forms.field("password", label: s.passwordLabel, type: .password, required: true, autocomplete: "current-password"),
                Forms.submit(s.signInSubmit)
            ),
            .p(.a(.href(Route.passwordReset.path), .text(s.forgotPassword)))
        )
    }
}
