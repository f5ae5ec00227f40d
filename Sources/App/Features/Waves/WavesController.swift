import Fluent
import SQLKit
import Vapor
import VeerkrachtCore

/// Waves of scans: advisors prepare, open, close and reopen them and hand out the links;
/// everyone in the organisation sees them and their response rates.
struct WavesController {
    struct WaveForm: Content {
        var name: String?
        var instruments: [String]?
        var units: [String]?
        var opensAt: String?
        var closesAt: String?
        var timeZone: String?
        var threshold: String?
        var languages: [String]?
        var openAnswerThreshold: String?
        /// A unit path typed into the unit picker's search field.
        var unitAdd: String?

        enum CodingKeys: String, CodingKey {
            case name, instruments, units, languages
            case unitAdd = "unit_add"
            case opensAt = "opens_at"
            case closesAt = "closes_at"
            case timeZone = "time_zone"
            case threshold
            case openAnswerThreshold = "open_answer_threshold"
        }
    }

    /// Kept per role and language until a wave, its phase at this moment or the gap between
    /// scans changes; the page that says the gap was just saved is the saver's own.
    func index(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let gapJustSaved = req.query[String.self, at: "gap"] != nil
        let make = {
            var page = WavesPage(
                organisationID: access.organisationID,
                waves: try await WaveStore(db: req.db, organisationID: access.organisationID).all().map(WaveSummary.init),
                canEdit: access.role.maintainsOrganisation, now: req.now)
            page.gapWeeks = try await PulseStore(db: req.db, organisationID: access.organisationID).gap().weeks
            page.notice = gapJustSaved ? req.strings.gapSaved(page.gapWeeks) : nil
            return page
        }
        guard !gapJustSaved else { return req.page(try await make()) }
        return try await req.keptPage(try await KeptWavePage.wavesKey(req, access: access), make)
    }

    /// The empty form is the same for every advisor until the units or the defaults it shows
    /// change (the organisation's threshold, tomorrow's opening): kept under those. Its 273
    /// units and many fields made it one of the slowest pages (perf, 32 connections).
    func form(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let (unitsRevision, _) = try await req.revisedUnitTree(access.organisationID)
        let defaults = try await defaultForm(req, access)
        let shown = [defaults.threshold, defaults.openAnswerThreshold, defaults.opensAt, defaults.closesAt, defaults.timeZone]
        let key = "wave-form|\(access.organisationID)|\(unitsRevision)|" + shown.map { $0 ?? "-" }.joined(separator: "|")
        return try await req.keptPage(key) { try await formPage(req, access, form: defaults, problems: []) }
    }

    func create(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let form = try req.content.decode(WaveForm.self)
        let tree = try await req.unitTree(access.organisationID)
        let (settings, problems) = Self.settings(from: form, tree: tree)
        guard let settings, problems.isEmpty else {
            return req.page(try await formPage(req, access, form: form, problems: problems), status: .unprocessableEntity)
        }
        let wave = Wave(organisationID: access.organisationID, settings: settings)
        try await wave.create(on: req.db)
        return req.redirect(to: Route.wave(access.organisationID, wave: try wave.requireID()).path)
    }

    /// A closed wave's page is kept (`KeptWavePage.wavePageKey`); an open one's is made each time.
    func show(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let shown = try await req.shownWave(of: access.organisationID)
        let key = try await KeptWavePage.wavePageKey(req, wave: shown, tree: try await req.unitTree(access.organisationID), access: access)
        return try await req.wavePage(key) { try await wavePage(req, access, wave: shown.model) }
    }

    /// Closing ends answering for everyone at once, so the form asks to confirm it.
    func close(_ req: Request) async throws -> Response {
        guard try req.content.decode(Confirmation.self).confirmed else {
            let access = try req.organisationAccess(atLeast: .advisor)
            return try await refreshed(req, access, try await wave(req, access), error: req.strings.waveCloseNotConfirmed)
        }
        return try await move(req, audited: .waveClosed) { (lifecycle: inout WaveLifecycle) throws(WaveLifecycle.Refusal) in
            try lifecycle.close(at: req.now)
        }
    }

    func reopen(_ req: Request) async throws -> Response {
        try await move(req, audited: .waveReopened) { (lifecycle: inout WaveLifecycle) throws(WaveLifecycle.Refusal) in
            try lifecycle.reopen(at: req.now)
        }
    }

    /// Turns live results of a wave on or off (`live` = 1 or 0). Until a wave closes its results
    /// are withheld; live results show them in steps that single nobody out (`LiveRelease`).
    func setLiveResults(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let wave = try await wave(req, access)
        struct Form: Content { var live: String? }
        guard let live = try req.content.decode(Form.self).live, ["0", "1"].contains(live) else {
            throw AppError.badRequest(req.strings.liveResultsChoiceMissing)
        }
        wave.liveResults = live == "1"
        try await wave.save(on: req.db)
        try await req.audit(.liveResultsChanged, "\(wave.name): \(live == "1" ? "on" : "off")", organisation: access.organisationID)
        return req.redirect(to: Route.wave(access.organisationID, wave: try wave.requireID()).path)
    }

    func links(_ req: Request) async throws -> Response {
        try await linksCSV(req, onlyUnfinished: false)
    }

    func reminders(_ req: Request) async throws -> Response {
        try await linksCSV(req, onlyUnfinished: true)
    }

    func mailInvitations(_ req: Request) async throws -> Response {
        try await mail(req, kind: .invitation)
    }

    func mailReminders(_ req: Request) async throws -> Response {
        try await mail(req, kind: .reminder)
    }

    // MARK: - Steps shared by the actions

    func wave(_ req: Request, _ access: OrganisationAccess) async throws -> Wave {
        try await WaveStore(db: req.db, organisationID: access.organisationID).wave(try req.uuidParameter("wave"))
    }

    private func move(
        _ req: Request, audited action: AuditAction,
        _ change: (inout WaveLifecycle) throws(WaveLifecycle.Refusal) -> Void
    ) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let wave = try await wave(req, access)
        var lifecycle = wave.lifecycle
        do {
            try change(&lifecycle)
        } catch {
            return try await refreshed(req, access, wave, error: req.strings.waveMoveRefused(error))
        }
        wave.lifecycle = lifecycle
        try await wave.save(on: req.db)
        try await req.audit(action, wave.name, organisation: access.organisationID)
        return req.redirect(to: Route.wave(access.organisationID, wave: try wave.requireID()).path)
    }

    private func linksCSV(_ req: Request, onlyUnfinished: Bool) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let wave = try await wave(req, access)
        let tree = try await req.unitTree(access.organisationID)
        let csv = try await InvitationLinksCSV(db: req.db, links: req.application.surveyLinks)
            .render(waveID: try wave.requireID(), tree: tree, onlyUnfinished: onlyUnfinished, dialect: req.csvDialect)
        let name = onlyUnfinished ? "reminders" : "links"
        return CSVDownload.response(name: "\(name)-\(try wave.requireID().uuidString.prefix(8))", body: .init(string: csv))
    }

    private func mail(_ req: Request, kind: OutboxMessage.Kind) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let wave = try await wave(req, access)
        guard req.application.configuration.mail != nil else {
            return try await refreshed(req, access, wave, error: req.strings.mailNotConfigured)
        }
        guard wave.lifecycle.effectiveStatus(at: req.now) == .open else {
            return try await refreshed(req, access, wave, error: req.strings.waveMoveRefused(.notOpen))
        }
        let queued = try await Outbox(db: req.db).enqueue(kind, waveID: try wave.requireID(), now: req.now)
        return try await refreshed(req, access, wave, notice: req.strings.mailQueued(queued))
    }

    func refreshed(
        _ req: Request, _ access: OrganisationAccess, _ wave: Wave,
        notice: String? = nil, error: String? = nil
    ) async throws -> Response {
        var page = try await wavePage(req, access, wave: wave)
        page.notice = notice
        page.error = error
        return req.page(page, status: error == nil ? .ok : .conflict)
    }

    private func wavePage(_ req: Request, _ access: OrganisationAccess, wave: Wave) async throws -> WavePage {
        let tree = try await req.unitTree(access.organisationID)
        let outbox = req.application.configuration.mail == nil ? nil : try await Outbox(db: req.db).status(waveID: try wave.requireID())
        var page = WavePage(
            organisationID: access.organisationID, wave: WaveSummary(wave), tree: tree,
            rates: req.application.results.responseRates(
                try await req.application.responseRates.rates(of: wave, on: req.db, now: req.now),
                tree: tree, threshold: wave.anonymityThreshold),
            canEdit: access.role.maintainsOrganisation, now: req.now, outbox: outbox)
        page.canSeeTeams = access.role >= .manager
        page.pulse = try await WavePulseSection.load(
            req, organisationID: access.organisationID, wave: wave, canEdit: access.role.maintainsOrganisation)
        return page
    }

    func formPage(
        _ req: Request, _ access: OrganisationAccess, form: WaveForm?,
        problems: [WaveSettings.Problem], editing: WaveFormPage.Editing? = nil
    ) async throws -> WaveFormPage {
        let tree = try await req.unitTree(access.organisationID)
        let shown: WaveForm
        if let form { shown = form } else { shown = try await defaultForm(req, access) }
        return WaveFormPage(organisationID: access.organisationID, tree: tree, form: shown, problems: problems, editing: editing)
    }

    /// A new wave's settings before anyone typed: the organisation's threshold, opening tomorrow.
    private func defaultForm(_ req: Request, _ access: OrganisationAccess) async throws -> WaveForm {
        let query: SQLQueryString = "SELECT anonymity_threshold FROM organisations WHERE id = \(bind: access.organisationID)"
        let threshold = try await req.keyReads.rows(query).first?.decode(column: "anonymity_threshold", as: Int?.self)
        return WaveFormPage.defaults(threshold: threshold ?? req.application.configuration.anonymityThreshold, now: req.now)
    }
}

/// A wave as views need it: plain values.
struct WaveSummary: Sendable {
    let id: UUID
    let name: String
    let instruments: [Instrument]
    let units: [UUID]
    let lifecycle: WaveLifecycle
    let timeZone: TimeZone
    let threshold: Int
    let languages: [Language]
    let liveResults: Bool
    /// A short form asked as a follow-up pulse or a run of a rhythm (`Wave.isPulse`).
    let isPulse: Bool
    /// The instruments as stored, short forms included (`dlo@1:K2`).
    let references: [String]
    /// The close moment, while the wave still takes answers at the moment of the request:
    /// results shown then are provisional (`ProvisionalNotice`).
    var provisionalUntil: Date?

    /// A wave as results pages show it at `now`.
    init(_ wave: Wave, at now: Date) {
        self.init(wave)
        provisionalUntil = wave.lifecycle.effectiveStatus(at: now) == .open ? wave.closesAt : nil
    }

    init(_ wave: Wave) {
        id = wave.id!
        name = wave.name
        instruments = wave.instruments.compactMap(InstrumentCatalog.instrument(reference:))
        units = wave.units
        lifecycle = wave.lifecycle
        timeZone = wave.timeZone
        threshold = wave.anonymityThreshold
        languages = wave.languages
        liveResults = wave.liveResults
        isPulse = wave.isPulse
        references = wave.instruments
    }
}
