import Foundation

extension English {
    var apiTokensTitle: String { "API tokens" }
    var apiTokensCardText: String { "Personal tokens for the JSON API" }
    var apiTokensIntro: String {
        "With a token a program (an HR system, a BI tool, a script) can use this organisation's API on your behalf, with at most your role. Send it as Authorization: Bearer <token>."
    }
    var apiTokensEmpty: String { "You have no tokens for this organisation yet." }
    var tokenNameLabel: String { "What is the token for?" }
    var tokenNameMissing: String { "Give the token a name (at most 80 characters), so you recognise it later." }
    var tokenRoleLabel: String { "The token's role" }
    var tokenRoleTooHigh: String { "A token cannot be allowed more than you." }
    var createTokenSubmit: String { "Make token" }
    var tokenShownOnce: String { "This is your new token. Copy it now: only its hash is kept, and it will never be shown again." }
    var revokeSubmit: String { "Revoke" }
    var revokedMark: String { "revoked" }
    var neverUsed: String { "not used yet" }
    var createdLabel: String { "Made" }
    var lastUsedLabel: String { "Last used" }
    var documentLink: String { "The API's description (OpenAPI)" }
}
