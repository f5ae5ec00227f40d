import Foundation
import Plot
import VeerkrachtCore

/// Where an invited person chooses a password and so creates their account.
struct InvitationPage: Page {
    let token: String
    let organisationName: String
    let email: String
    let role: Role
    var error: String?

    func title(_ strings: any Strings) -> String { strings.invitationTitle }

    func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            .p(.text(s.invitationIntro(organisation: organisationName, role: s.roleName(role), email: email))),
            Forms.notice(error),
            .form(
                .method(.post), .action(Route.invitation(token: token).path),
                Forms.csrf(context),
                Forms.field(
                    "password", label: s.passwordLabel, type: .password, required: true,
                    autocomplete: "new-password", hint: s.passwordHint),
                Forms.field(
                    "confirmation", label: s.passwordConfirmationLabel, type: .password, required: true,
                    autocomplete: "new-password"),
                Forms.submit(s.invitationSubmit)
            )
        )
    }
}
