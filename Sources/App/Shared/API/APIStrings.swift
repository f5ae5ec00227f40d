import Foundation
import VeerkrachtCore

/// The texts of the API tokens page.
protocol APIStrings: Sendable {
    var apiTokensTitle: String { get }
    var apiTokensCardText: String { get }
    var apiTokensIntro: String { get }
    var apiTokensEmpty: String { get }
    var tokenNameLabel: String { get }
    var tokenNameMissing: String { get }
    var tokenRoleLabel: String { get }
    var tokenRoleTooHigh: String { get }
    var createTokenSubmit: String { get }
    var tokenShownOnce: String { get }
    var revokeSubmit: String { get }
    var revokedMark: String { get }
    var neverUsed: String { get }
    var createdLabel: String { get }
    var lastUsedLabel: String { get }
    var documentLink: String { get }
}
