import Foundation
import Plot

struct SignInPage: Page {
    var email = ""
    var error: String?
    var notice: String?
    /// The installation's identity providers: (slug, name on the button).
    var providers: [(slug: String, name: String)] = []
    /// After signing out of a session that came through a provider: its end-session address.
    var endSession: (name: String, url: String)?

    func title(_ strings: any Strings) -> String { strings.signInTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            Forms.notice(error),
            Forms.notice(notice, kind: .success),
            .unwrap(endSession) { end in .p(.a(.href(end.url), .text(s.alsoSignOutAt(end.name)))) },
            .if(
                !providers.isEmpty,
                .group(
                    .ul(
                        .class("providers"),
                        .forEach(providers) { provider in
                            .li(
                                .a(
                                    .class("button"), .href(Route.signInWith(provider: provider.slug).path),
                                    .text(s.signInWith(provider.name))))
                        }),
                    .p(.text(s.signInWithPassword))
                )),
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
