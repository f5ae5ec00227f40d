import Fluent
import Vapor
import VeerkrachtCore

/// Waves over the API: consultants script them; the rules are the pages' rules.
struct WavesAPI {
    func list(_ req: Request) async throws -> Response {
        let access = try req.apiAccess()
        let page = try Pagination(req)
        let waves = try await WaveStore(db: req.db, organisationID: access.organisationID).all()
        return try APIJSON.response(page.page(waves.map(WaveDTO.init)) { $0.id.uuidString })
    }

    func create(_ req: Request) async throws -> Response {
        let access = try req.apiAccess(atLeast: .advisor)
        let input = try APIJSON.body(WaveCreate.self, of: req)
        let tree = try await req.unitTree(access.organisationID)
        guard let zone = TimeZone(identifier: input.timeZone ?? WaveSettings.defaultTimeZone.identifier) else {
            throw AppError.invalid(
                field: APIField.name(WaveSettings.Problem.unknownTimeZone.field), message: req.strings.waveProblem(.unknownTimeZone))
        }
        let organisation = try await Organisation.find(access.organisationID, on: req.db)
        let (languages, languageProblems) = WaveSettings.languages(codes: input.languages ?? Language.allCases.map(\.rawValue))
        let settings = WaveSettings(
            name: input.name, instruments: input.instruments, units: input.units, opensAt: input.opensAt,
            closesAt: input.closesAt, timeZone: zone,
            anonymityThreshold: input.threshold ?? organisation?.anonymityThreshold ?? req.application.configuration.anonymityThreshold,
            languages: languages)
        if let problem = (settings.problems(units: tree) + languageProblems).first {
            throw AppError.invalid(field: APIField.name(problem.field), message: req.strings.waveProblem(problem))
        }
        let wave = Wave(organisationID: access.organisationID, settings: settings)
        try await wave.create(on: req.db)
        return try APIJSON.response(WaveDTO(wave), status: .created)
    }

    func show(_ req: Request) async throws -> Response {
        let (_, wave) = try await load(req, atLeast: .viewer)
        return try APIJSON.response(WaveDTO(wave))
    }

    /// Opens a draft wave: one invitation per person in scope.
    func open(_ req: Request) async throws -> Response {
        let (access, wave) = try await load(req, atLeast: .advisor)
        let scheduling = PulseScheduling(
            db: req.db, organisationID: access.organisationID, tree: try await req.unitTree(access.organisationID), now: req.now,
            userID: access.userID)
        do {
            let invited = try await scheduling.open(wave, links: req.application.surveyLinks, strings: req.strings).invited
            try await req.audit(.waveOpened, "\(wave.name) (\(invited))", organisation: access.organisationID, by: access.userID)
        } catch let refusal as PulseScheduling.Refusal {
            return try APIError.response(status: .conflict, message: PulseController.message(refusal, req.strings), field: nil)
        } catch let refusal as WaveStore.OpenRefusal {
            let message = refusal == .nobodyInScope ? req.strings.waveNobodyInScope : req.strings.waveMoveRefused(.notDraft)
            return try APIError.response(status: .conflict, message: message, field: nil)
        }
        return try APIJSON.response(
            WaveDTO(try await WaveStore(db: req.db, organisationID: access.organisationID).wave(try wave.requireID())))
    }

    func close(_ req: Request) async throws -> Response {
        let (access, wave) = try await load(req, atLeast: .advisor)
        var lifecycle = wave.lifecycle
        do {
            try lifecycle.close(at: req.now)
        } catch {
            return try APIError.response(status: .conflict, message: req.strings.waveMoveRefused(error), field: nil)
        }
        wave.lifecycle = lifecycle
        try await wave.save(on: req.db)
        try await req.audit(.waveClosed, wave.name, organisation: access.organisationID, by: access.userID)
        return try APIJSON.response(WaveDTO(wave))
    }

    func links(_ req: Request) async throws -> Response {
        let (access, wave) = try await load(req, atLeast: .advisor)
        let page = try Pagination(req)
        let tree = try await req.unitTree(access.organisationID)
        let onlyUnfinished = try req.flagQuery("unfinished")
        let rows = try await InvitationLinksCSV(db: req.db, links: req.application.surveyLinks)
            .rows(waveID: try wave.requireID(), tree: tree, onlyUnfinished: onlyUnfinished, page: (page.after, page.limit))
        return try APIJSON.response(page.page(keyset: rows) { $0.externalId })
    }

    /// Counts per unit under the rule of `ResponseRates`; a unit held back shows no counts at all.
    func responseRates(_ req: Request) async throws -> Response {
        let (access, wave) = try await load(req, atLeast: .viewer)
        let tree = try await req.unitTree(access.organisationID)
        let counts = try await req.application.responseRates.rates(of: wave, on: req.db, now: req.now)
        let rates = req.application.results.responseRates(counts, tree: tree, threshold: wave.anonymityThreshold)
        let items = rates.units.map { unit, shown -> ResponseRateDTO in
            switch shown {
            case .belowThreshold: ResponseRateDTO(unitId: unit, invited: nil, started: nil, completed: nil, belowThreshold: true)
            case .invitedOnly(let invited):
                ResponseRateDTO(unitId: unit, invited: invited, started: nil, completed: nil, belowThreshold: true)
            case .counts(let c):
                ResponseRateDTO(unitId: unit, invited: c.invited, started: c.started, completed: c.completed, belowThreshold: false)
            }
        }.sorted { $0.unitId.uuidString < $1.unitId.uuidString }
        return try APIJSON.response(items)
    }

    func load(_ req: Request, atLeast role: Role) async throws -> (OrganisationAccess, Wave) {
        let access = try req.apiAccess(atLeast: role)
        return (access, try await WaveStore(db: req.db, organisationID: access.organisationID).wave(try req.uuidParameter("wave")))
    }
}
