import Foundation

extension Dutch {
    var apiTokensTitle: String { "API-tokens" }
    var apiTokensCardText: String { "Persoonlijke tokens voor de JSON-API" }
    var apiTokensIntro: String {
        "Met een token kan een programma (een HR-systeem, een BI-tool, een script) namens u de API van deze organisatie gebruiken, met hoogstens uw rol. Stuur het mee als Authorization: Bearer <token>."
    }
    var apiTokensEmpty: String { "U hebt nog geen tokens voor deze organisatie." }
    var tokenNameLabel: String { "Waarvoor is het token?" }
    var tokenNameMissing: String { "Geef het token een naam (hoogstens 80 tekens), zodat u het later herkent." }
    var tokenRoleLabel: String { "Rol van het token" }
    var tokenRoleTooHigh: String { "Een token kan niet meer mogen dan u zelf." }
    var createTokenSubmit: String { "Token maken" }
    var tokenShownOnce: String {
        "Dit is uw nieuwe token. Kopieer het nu: het wordt alleen als hash bewaard en is hierna nooit meer te zien."
    }
    var revokeSubmit: String { "Intrekken" }
    var revokedMark: String { "ingetrokken" }
    var neverUsed: String { "nog niet gebruikt" }
    var createdLabel: String { "Gemaakt" }
    var lastUsedLabel: String { "Laatst gebruikt" }
    var documentLink: String { "De beschrijving van de API (OpenAPI)" }
}
