import Fluent
import Vapor
import VeerkrachtCore

/// Follow-up pulses on actions, rhythms of pulses on waves, and the organisation's gap between
/// waves. Managers and advisors schedule an action's pulse; rhythms and the gap are advisors'.
struct PulseController {
    func action(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        return req.page(try await page(req, access, form: nil))
    }

    func schedule(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .manager)
        let fields = FormFields.parse(req)
        let form = ActionPage.PulseForm(fields)
        let stored = try await ConversationStore(db: req.db, organisationID: access.organisationID)
            .action(try req.uuidParameter("action"), conversation: try req.uuidParameter("conversation"))
        let tree = try await req.unitTree(access.organisationID)
        let unit = form.unit.isEmpty ? nil : UUID(uuidString: form.unit)
        let scheduling = PulseScheduling(
            db: req.db, organisationID: access.organisationID, tree: tree, now: req.now, userID: access.userID)
        do {
            if !form.unit.isEmpty, unit == nil { throw PulseScheduling.Refusal.unknownUnit }
            let plan = try PulsePlan.parse(topics: form.topics, weeksAfterDue: form.weeks, openDays: form.days)
                .mapError { PulseScheduling.Refusal.plan($0.problems) }.get()
            let threshold =
                try await Organisation.find(access.organisationID, on: req.db)?.anonymityThreshold ?? WaveSettings.minimumThreshold
            let name = TextRules.singleLine(req.strings.pulseName(stored.action.what), maximum: NameRules.maximumLength)
            let wave = try await scheduling.schedule(
                plan, action: stored, unit: unit, name: name, organisationThreshold: threshold, links: req.application.surveyLinks)
            try await req.audit(.waveOpened, wave.name, organisation: access.organisationID)
            return req.redirect(
                to: Route.action(access.organisationID, conversation: stored.conversation, action: stored.id).path + "?scheduled=1")
        } catch let refusal as PulseScheduling.Refusal {
            var page = try await page(req, access, form: form)
            page.refusal = Self.message(refusal, req.strings)
            return req.page(page, status: .unprocessableEntity)
        }
    }

    func startRhythm(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let waves = WavesController()
        let source = try await waves.wave(req, access)
        let fields = FormFields.parse(req)
        let chosen = fields.filter { $0.name == "scales[]" }.map(\.value)
        let instruments = source.instruments.compactMap(InstrumentCatalog.instrument(reference:))
        let rhythm: Rhythm
        switch Rhythm.parse(months: FormFields.value("months", in: fields), scales: chosen, of: instruments) {
        case .success(let parsed): rhythm = parsed
        case .failure(let list):
            return try await waves.refreshed(
                req, access, source, error: list.problems.map(req.strings.rhythmProblem).joined(separator: " "))
        }
        let tree = try await req.unitTree(access.organisationID)
        let strings = req.strings
        let timeZone = source.timeZone
        let sourceName = source.name
        do {
            let prepared = try await PulseScheduling(
                db: req.db, organisationID: access.organisationID, tree: tree, now: req.now, userID: access.userID
            ).startRhythm(rhythm, source: source) { opens in Self.runName(sourceName, opens: opens, in: timeZone, strings) }
            return try await waves.refreshed(req, access, prepared.wave, notice: Self.notice(prepared, req.strings))
        } catch let refusal as PulseScheduling.Refusal {
            return try await waves.refreshed(req, access, source, error: Self.message(refusal, req.strings))
        }
    }

    func stopRhythm(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let waves = WavesController()
        let source = try await waves.wave(req, access)
        let tree = try await req.unitTree(access.organisationID)
        try await PulseScheduling(db: req.db, organisationID: access.organisationID, tree: tree, now: req.now, userID: access.userID)
            .stopRhythm(of: source)
        return try await waves.refreshed(req, access, source, notice: req.strings.rhythmStopped)
    }

    func setGap(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let text = FormFields.value("weeks", in: FormFields.parse(req))?.trimmingCharacters(in: .whitespaces)
        guard let weeks = text.flatMap({ Int($0) }), SurveyGap.allowedWeeks.contains(weeks) else {
            throw AppError.badRequest(req.strings.gapProblem(SurveyGap.allowedWeeks))
        }
        try await PulseStore(db: req.db, organisationID: access.organisationID).setGap(weeks: weeks)
        return req.redirect(to: Route.waves(access.organisationID).path + "?gap=\(weeks)")
    }

    static func runName(_ source: String, opens: Date, in timeZone: TimeZone, _ strings: any Strings) -> String {
        var style = Date.FormatStyle(date: .abbreviated, time: .omitted)
        style.locale = strings.locale
        style.timeZone = timeZone
        return TextRules.singleLine(strings.pulseRunName(source, opens: opens.formatted(style)), maximum: NameRules.maximumLength)
    }

    /// Where the next run of a rhythm stands, and whether it had to move to keep the gap.
    static func notice(_ run: PulseScheduling.PreparedRun, _ s: any Strings) -> String {
        let prepared = s.rhythmRunPrepared(run.wave.name, opens: s.dateTime(run.wave.opensAt, in: run.wave.timeZone))
        guard !run.movedPast.isEmpty else { return prepared }
        return prepared + " " + s.rhythmRunMoved(gapWeeks: run.gapWeeks, waves: waves(run.movedPast, in: run.wave.timeZone, s))
    }

    /// The waves in the way of a pulse, each named with its period: "‘Voorjaar’ (…), ‘Najaar’ (…)".
    private static func waves(_ neighbours: [SurveyGap.Neighbour], in timeZone: TimeZone, _ s: any Strings) -> String {
        neighbours.map { "‘\($0.name)’ (\(s.period($0.window.start, $0.window.end, in: timeZone)))" }.joined(separator: ", ")
    }

    static func message(_ refusal: PulseScheduling.Refusal, _ s: any Strings) -> String {
        switch refusal {
        case .plan(let problems): problems.map(s.pulseProblem).joined(separator: " ")
        case .unknownUnit: s.unknownUnit
        case .openingPassed(let moment): s.pulseOpeningPassed(s.dateTime(moment))
        case .tooClose(let conflict, let weeks):
            s.pulseTooClose(
                gapWeeks: weeks, waves: waves(conflict.neighbours, in: WaveSettings.defaultTimeZone, s),
                earliest: s.dateTime(conflict.earliestOpening))
        case .nobodyInScope: s.pulseNobodyInScope
        case .notARhythmSource: s.rhythmNeedsAFullWave
        case .rhythmExists: s.rhythmExists
        }
    }

    private func page(_ req: Request, _ access: OrganisationAccess, form: ActionPage.PulseForm?) async throws -> ActionPage {
        let conversationID = try req.uuidParameter("conversation")
        let store = ConversationStore(db: req.db, organisationID: access.organisationID)
        let stored = try await store.action(try req.uuidParameter("action"), conversation: conversationID)
        let conversation = try await store.find(conversationID)
        let tree = try await req.unitTree(access.organisationID)
        let followUps = FollowUps(req, organisationID: access.organisationID, tree: tree)
        let pulses = try await followUps.byAction(only: stored.id)[stored.id] ?? []
        let form = form ?? ActionPage.PulseForm(action: stored.action, unit: conversation.unit)
        let advice = try await PulseAdvice(req, organisationID: access.organisationID, tree: tree).advice(
            unit: form.unit.isEmpty ? nil : UUID(uuidString: form.unit), topics: form.topics)
        return ActionPage(
            organisationID: access.organisationID, conversation: conversation, stored: stored, followUps: pulses, tree: tree,
            canWrite: access.role >= .manager, form: form, advice: advice,
            notice: req.query[String.self, at: "scheduled"] == nil
                ? nil
                : pulses.last.map {
                    req.strings.pulseScheduled(
                        $0.pulse.name, opens: req.strings.dateTime($0.pulse.lifecycle.opensAt, in: $0.pulse.timeZone))
                })
    }
}
