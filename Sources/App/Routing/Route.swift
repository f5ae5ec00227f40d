import Foundation
import Vapor

/// Every page and form target of Veerkracht, in one place. Links are built from a case, and
/// the route table registers the same case, so a renamed path cannot leave a dead link.
enum Route: Sendable, Hashable {
    case home
    case setup
    case signIn
    case signOut
    case signInWith(provider: String)
    case signInCallback
    case codeEntry
    case accountPassword
    case signOutEverywhere
    case passwordReset
    case passwordResetConfirm(token: String)
    case language
    case health
    case ready
    case version
    case stylesheet

    case adminOrganisations
    case adminOrganisation(UUID)
    case adminInvitations(UUID)
    case adminMember(UUID, user: UUID)
    case adminMemberRemove(UUID, user: UUID)
    case adminOrganisationDelete(UUID)
    case adminSignInDomains(UUID)
    case adminSignInDomainRemove(UUID, rule: UUID)
    case adminPasswordSignIn(UUID)
    case invitation(token: String)

    case organisation(UUID)
    case units(UUID)
    case unit(UUID, unit: UUID)
    case unitRename(UUID, unit: UUID)
    case unitMove(UUID, unit: UUID)
    case unitArchive(UUID, unit: UUID)
    case unitRestore(UUID, unit: UUID)
    case people(UUID)
    case peopleImport(UUID)
    case peopleTemplate(UUID)
    case peopleErase(UUID)
    case peopleImportPreview(UUID, upload: UUID)
    case peopleImportApply(UUID, upload: UUID)
    case waves(UUID)
    case waveNew(UUID)
    case wave(UUID, wave: UUID)
    case waveOpen(UUID, wave: UUID)
    case waveEdit(UUID, wave: UUID)
    case wavePreview(UUID, wave: UUID)
    case waveDelete(UUID, wave: UUID)
    case waveClose(UUID, wave: UUID)
    case waveReopen(UUID, wave: UUID)
    case waveLiveResults(UUID, wave: UUID)
    case waveLinks(UUID, wave: UUID)
    case waveReminders(UUID, wave: UUID)
    case waveSlips(UUID, wave: UUID)
    case waveKiosk(UUID, wave: UUID)
    case waveMailInvitations(UUID, wave: UUID)
    case waveMailReminders(UUID, wave: UUID)
    case waveResults(UUID, wave: UUID)
    case waveHeatmap(UUID, wave: UUID)
    case waveAggregatesCSV(UUID, wave: UUID)
    case waveResponsesCSV(UUID, wave: UUID)
    case waveItem(UUID, wave: UUID, item: String)
    case waveTrend(UUID, wave: UUID, scale: String)
    case waveOpenAnswers(UUID, wave: UUID)
    case waveOpenAnswerHide(UUID, wave: UUID, answer: UUID)

    /// The pages a respondent sees, reached with a personal link only.
    case survey(token: String)
    case surveySection(token: String, number: Int)
    case surveySubmit(token: String)
    case surveyThanks(token: String)
    case surveyLanguage(token: String)
    case surveyProfile(token: String)
    case surveyProfileShare(token: String)
    case surveyProfileDelete(token: String)
    case surveyTeam(token: String)
    case teamMix(UUID, wave: UUID)
    case teamMixMembers(UUID, wave: UUID)
    case waveDiversity(UUID, wave: UUID)
    case learningLanguage(UUID)
    case portfolio(UUID)
    case portfolioCSV(UUID)
    case portfolioImport(UUID)
    case programme(UUID, programme: UUID)
    case programmeAction(UUID, programme: UUID, action: String)
    case dashboard(UUID)
    case readingGuide(UUID)
    case report(UUID)
    case conversations(UUID)
    case conversation(UUID, conversation: UUID)
    case conversationNotes(UUID, conversation: UUID)
    case conversationActions(UUID, conversation: UUID)
    case conversationHeld(UUID, conversation: UUID)
    case conversationAgenda(UUID, conversation: UUID)
    case conversationMinutes(UUID, conversation: UUID)
    case actionStatus(UUID, conversation: UUID, action: UUID)
    /// The action's own page (GET at the address its status is posted to): its follow-up pulses.
    case action(UUID, conversation: UUID, action: UUID)
    case actionPulse(UUID, conversation: UUID, action: UUID)
    case waveRhythm(UUID, wave: UUID)
    case waveRhythmStop(UUID, wave: UUID)
    case surveyGap(UUID)
    case apiTokens(UUID)
    case audit(UUID)
    case organisationExport(UUID)
    case retention(UUID)
    case adminAudit
    case apiTokenRevoke(UUID, token: UUID)

    /// The JSON API, version 1; `openapi.json` describes every path below it.
    case apiDocument
    case apiUnits(UUID)
    case apiPeople(UUID)
    case apiWaves(UUID)
    case apiWave(UUID, wave: UUID)
    case apiWaveOpen(UUID, wave: UUID)
    case apiWaveClose(UUID, wave: UUID)
    case apiWaveLinks(UUID, wave: UUID)
    case apiWaveResponseRates(UUID, wave: UUID)
    case apiWaveResults(UUID, wave: UUID)
    case apiWaveTeamMix(UUID, wave: UUID)
    case apiWaveTrend(UUID, wave: UUID, scale: String)
    case apiProgrammes(UUID)
    case apiProgramme(UUID, programme: UUID)
    case apiProgrammeEvaluation(UUID, programme: UUID)
    case apiDashboard(UUID)

    /// A path segment: fixed text, or a parameter with the name handlers read it by.
    enum Segment {
        case fixed(String)
        case parameter(name: String, value: String)
    }

    var segments: [Segment] {
        switch self {
        case .home: []
        case .setup: [.fixed("setup")]
        case .signIn: [.fixed("sign-in")]
        case .signOut: [.fixed("sign-out")]
        case .signInWith(let provider): [.fixed("sign-in"), .fixed("with"), .parameter(name: "provider", value: provider)]
        case .signInCallback: [.fixed("sign-in"), .fixed("oidc"), .fixed("callback")]
        case .codeEntry: [.fixed("c")]
        case .accountPassword: [.fixed("account"), .fixed("password")]
        case .signOutEverywhere: [.fixed("account"), .fixed("sign-out-everywhere")]
        case .passwordReset: [.fixed("password-reset")]
        case .passwordResetConfirm(let token): [.fixed("password-reset"), .parameter(name: "token", value: token)]
        case .language: [.fixed("language")]
        case .health: [.fixed("healthz")]
        case .ready: [.fixed("readyz")]
        case .version: [.fixed("version")]
        case .stylesheet: [.fixed("assets"), .fixed("veerkracht.css")]
        case .adminOrganisations: [.fixed("admin"), .fixed("organisations")]
        case .adminOrganisation(let org): [.fixed("admin"), .fixed("organisations"), Self.org(org)]
        case .adminInvitations(let org): Route.adminOrganisation(org).segments + [.fixed("invitations")]
        case .adminMember(let org, let user):
            Route.adminOrganisation(org).segments + [.fixed("members"), .parameter(name: "user", value: user.uuidString)]
        case .adminMemberRemove(let org, let user): Route.adminMember(org, user: user).segments + [.fixed("remove")]
        case .adminOrganisationDelete(let org): Route.adminOrganisation(org).segments + [.fixed("delete")]
        case .adminSignInDomains(let org): Route.adminOrganisation(org).segments + [.fixed("sign-in-domains")]
        case .adminSignInDomainRemove(let org, let rule):
            Route.adminSignInDomains(org).segments + [.parameter(name: "rule", value: rule.uuidString), .fixed("remove")]
        case .adminPasswordSignIn(let org): Route.adminOrganisation(org).segments + [.fixed("password-sign-in")]
        case .invitation(let token): [.fixed("invitations"), .parameter(name: "token", value: token)]
        case .organisation(let org): [.fixed("o"), Self.org(org)]
        case .units(let org): Route.organisation(org).segments + [.fixed("units")]
        case .unit(let org, let unit): Route.units(org).segments + [.parameter(name: "unit", value: unit.uuidString)]
        case .unitRename(let org, let unit): Route.unit(org, unit: unit).segments + [.fixed("rename")]
        case .unitMove(let org, let unit): Route.unit(org, unit: unit).segments + [.fixed("move")]
        case .unitArchive(let org, let unit): Route.unit(org, unit: unit).segments + [.fixed("archive")]
        case .unitRestore(let org, let unit): Route.unit(org, unit: unit).segments + [.fixed("restore")]
        case .people(let org): Route.organisation(org).segments + [.fixed("people")]
        case .peopleImport(let org): Route.people(org).segments + [.fixed("import")]
        case .peopleTemplate(let org): Route.people(org).segments + [.fixed("template.csv")]
        case .peopleErase(let org): Route.people(org).segments + [.fixed("erase")]
        case .peopleImportPreview(let org, let upload):
            Route.peopleImport(org).segments + [.parameter(name: "upload", value: upload.uuidString)]
        case .peopleImportApply(let org, let upload):
            Route.peopleImportPreview(org, upload: upload).segments + [.fixed("apply")]
        case .waves(let org): Route.organisation(org).segments + [.fixed("waves")]
        case .waveNew(let org): Route.waves(org).segments + [.fixed("new")]
        case .wave(let org, let wave): Route.waves(org).segments + [.parameter(name: "wave", value: wave.uuidString)]
        case .waveOpen(let org, let wave): Route.wave(org, wave: wave).segments + [.fixed("open")]
        case .waveClose(let org, let wave): Route.wave(org, wave: wave).segments + [.fixed("close")]
        case .waveReopen(let org, let wave): Route.wave(org, wave: wave).segments + [.fixed("reopen")]
        case .waveLiveResults(let org, let wave): Route.wave(org, wave: wave).segments + [.fixed("live-results")]
        case .waveLinks(let org, let wave): Route.wave(org, wave: wave).segments + [.fixed("links.csv")]
        case .waveReminders(let org, let wave): Route.wave(org, wave: wave).segments + [.fixed("reminders.csv")]
        case .waveSlips(let org, let wave): Route.wave(org, wave: wave).segments + [.fixed("slips.pdf")]
        case .waveKiosk(let org, let wave): Route.wave(org, wave: wave).segments + [.fixed("kiosk")]
        case .waveMailInvitations(let org, let wave): Route.wave(org, wave: wave).segments + [.fixed("mail-invitations")]
        case .waveMailReminders(let org, let wave): Route.wave(org, wave: wave).segments + [.fixed("mail-reminders")]
        case .waveResults(let org, let wave): Route.wave(org, wave: wave).segments + [.fixed("results")]
        case .waveHeatmap(let org, let wave): Route.waveResults(org, wave: wave).segments + [.fixed("heatmap")]
        case .waveAggregatesCSV(let org, let wave): Route.waveResults(org, wave: wave).segments + [.fixed("aggregates.csv")]
        case .waveResponsesCSV(let org, let wave): Route.waveResults(org, wave: wave).segments + [.fixed("responses.csv")]
        case .waveItem(let org, let wave, let item):
            Route.waveResults(org, wave: wave).segments + [.fixed("items"), .parameter(name: "item", value: item)]
        case .waveTrend(let org, let wave, let scale):
            Route.waveResults(org, wave: wave).segments + [.fixed("trends"), .parameter(name: "scale", value: scale)]
        case .waveOpenAnswers(let org, let wave): Route.waveResults(org, wave: wave).segments + [.fixed("open")]
        case .waveOpenAnswerHide(let org, let wave, let answer):
            Route.waveOpenAnswers(org, wave: wave).segments + [.parameter(name: "answer", value: answer.uuidString), .fixed("hide")]
        case .survey(let token): [.fixed("s"), .parameter(name: "token", value: token)]
        case .surveySection(let token, let number):
            Route.survey(token: token).segments + [.parameter(name: "section", value: String(number))]
        case .surveySubmit(let token): Route.survey(token: token).segments + [.fixed("submit")]
        case .surveyThanks(let token): Route.survey(token: token).segments + [.fixed("thanks")]
        case .surveyLanguage(let token): Route.survey(token: token).segments + [.fixed("language")]
        case .surveyProfile(let token): Route.survey(token: token).segments + [.fixed("profile")]
        case .surveyProfileShare(let token): Route.surveyProfile(token: token).segments + [.fixed("share")]
        case .surveyProfileDelete(let token): Route.surveyProfile(token: token).segments + [.fixed("delete")]
        case .surveyTeam(let token): Route.survey(token: token).segments + [.fixed("team")]
        case .waveEdit(let org, let wave): Route.wave(org, wave: wave).segments + [.fixed("edit")]
        case .wavePreview(let org, let wave): Route.wave(org, wave: wave).segments + [.fixed("preview")]
        case .waveDelete(let org, let wave): Route.wave(org, wave: wave).segments + [.fixed("delete")]
        case .teamMix(let org, let wave): Route.wave(org, wave: wave).segments + [.fixed("teams")]
        case .teamMixMembers(let org, let wave): Route.teamMix(org, wave: wave).segments + [.fixed("members")]
        case .waveDiversity(let org, let wave): Route.wave(org, wave: wave).segments + [.fixed("diversity")]
        case .learningLanguage(let org): Route.organisation(org).segments + [.fixed("learning-language")]
        case .portfolio(let org): Route.organisation(org).segments + [.fixed("portfolio")]
        case .portfolioCSV(let org): Route.portfolio(org).segments + [.fixed("programmes.csv")]
        case .portfolioImport(let org): Route.portfolio(org).segments + [.fixed("import")]
        case .programme(let org, let programme):
            Route.portfolio(org).segments + [.parameter(name: "programme", value: programme.uuidString)]
        case .programmeAction(let org, let programme, let action):
            Route.programme(org, programme: programme).segments + [.parameter(name: "action", value: action)]
        case .dashboard(let org): Route.organisation(org).segments + [.fixed("dashboard")]
        case .readingGuide(let org): Route.dashboard(org).segments + [.fixed("reading-guide")]
        case .report(let org): Route.organisation(org).segments + [.fixed("report")]
        case .conversations(let org): Route.organisation(org).segments + [.fixed("conversations")]
        case .conversation(let org, let conversation):
            Route.conversations(org).segments + [.parameter(name: "conversation", value: conversation.uuidString)]
        case .conversationNotes(let org, let conversation): Route.conversation(org, conversation: conversation).segments + [.fixed("notes")]
        case .conversationActions(let org, let conversation):
            Route.conversation(org, conversation: conversation).segments + [.fixed("actions")]
        case .conversationHeld(let org, let conversation): Route.conversation(org, conversation: conversation).segments + [.fixed("held")]
        case .conversationAgenda(let org, let conversation):
            Route.conversation(org, conversation: conversation).segments + [.fixed("agenda")]
        case .conversationMinutes(let org, let conversation):
            Route.conversation(org, conversation: conversation).segments + [.fixed("minutes")]
        case .apiTokens(let org): Route.organisation(org).segments + [.fixed("api-tokens")]
        case .audit(let org): Route.organisation(org).segments + [.fixed("audit")]
        case .organisationExport(let org): Route.organisation(org).segments + [.fixed("export.zip")]
        case .retention(let org): Route.organisation(org).segments + [.fixed("retention")]
        case .adminAudit: [.fixed("admin"), .fixed("audit")]
        case .apiTokenRevoke(let org, let token):
            Route.apiTokens(org).segments + [.parameter(name: "token", value: token.uuidString), .fixed("revoke")]
        case .apiDocument: [.fixed("api"), .fixed("v1"), .fixed("openapi.json")]
        case .apiUnits(let org): Self.api(org) + [.fixed("units")]
        case .apiPeople(let org): Self.api(org) + [.fixed("people")]
        case .apiWaves(let org): Self.api(org) + [.fixed("waves")]
        case .apiWave(let org, let wave): Route.apiWaves(org).segments + [.parameter(name: "wave", value: wave.uuidString)]
        case .apiWaveOpen(let org, let wave): Route.apiWave(org, wave: wave).segments + [.fixed("open")]
        case .apiWaveClose(let org, let wave): Route.apiWave(org, wave: wave).segments + [.fixed("close")]
        case .apiWaveLinks(let org, let wave): Route.apiWave(org, wave: wave).segments + [.fixed("links")]
        case .apiWaveResponseRates(let org, let wave): Route.apiWave(org, wave: wave).segments + [.fixed("response-rates")]
        case .apiWaveResults(let org, let wave): Route.apiWave(org, wave: wave).segments + [.fixed("results")]
        case .apiWaveTeamMix(let org, let wave): Route.apiWave(org, wave: wave).segments + [.fixed("team-mix")]
        case .apiWaveTrend(let org, let wave, let scale):
            Route.apiWave(org, wave: wave).segments + [.fixed("trend"), .parameter(name: "scale", value: scale)]
        case .apiProgrammes(let org): Self.api(org) + [.fixed("programmes")]
        case .apiProgramme(let org, let programme):
            Route.apiProgrammes(org).segments + [.parameter(name: "programme", value: programme.uuidString)]
        case .apiProgrammeEvaluation(let org, let programme):
            Route.apiProgramme(org, programme: programme).segments + [.fixed("evaluation")]
        case .apiDashboard(let org): Self.api(org) + [.fixed("dashboard")]
        case .actionStatus(let org, let conversation, let action), .action(let org, let conversation, let action):
            Route.conversationActions(org, conversation: conversation).segments + [.parameter(name: "action", value: action.uuidString)]
        case .actionPulse(let org, let conversation, let action):
            Route.action(org, conversation: conversation, action: action).segments + [.fixed("pulse")]
        case .waveRhythm(let org, let wave): Route.wave(org, wave: wave).segments + [.fixed("rhythm")]
        case .waveRhythmStop(let org, let wave): Route.waveRhythm(org, wave: wave).segments + [.fixed("stop")]
        case .surveyGap(let org): Route.organisation(org).segments + [.fixed("survey-gap")]
        }
    }

    private static func org(_ id: UUID) -> Segment { .parameter(name: "org", value: id.uuidString) }

    private static func api(_ id: UUID) -> [Segment] { [.fixed("api"), .fixed("v1"), .fixed("organisations"), org(id)] }
}
