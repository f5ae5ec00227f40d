import Fluent

/// The one ordered list of migrations. A migration that has landed is never edited: a change
/// to the schema is a new numbered file added at the end.
enum Migrations {
    static let all: [any Migration] = [
        M001_CreateUsers(),
        M002_CreateOrganisations(),
        M003_CreateInvitations(),
        M004_CreateSessions(),
        M005_CreateUnits(),
        M006_CreatePeople(),
        M007_CreateWaves(),
        M008_CompactAnswers(),
        M009_PreferenceChoices(),
        M010_CreateProgrammes(),
        M011_CreateConversations(),
        M012_CreateAPITokens(),
        M013_ProfileChanges(),
        M014_LiveResults(),
        M015_AccountSecurity(),
        M016_PasswordResets(),
        M017_AuditLog(),
        M018_Retention(),
        M019_SeveralServers(),
        M020_UnitsRevision(),
        M021_SingleSignOn(),
        M022_PersonalCodes(),
        M023_Kiosks(),
        M024_Pulses(),
        M025_ResultCells(),
        M026_OpenAnswerPages(),
        M027_InvitationsRoomForUpdates(),
        M028_ProfilesKnowTheirWave()
    ]
}
