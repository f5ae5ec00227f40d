import Fluent
import Vapor
import VeerkrachtCore

/// A wave's results for everyone in the organisation; the response-level export for advisors.
/// Every figure comes from `WaveResults`, which hands out disclosed groups only.
struct ResultsController {
    func results(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (shown, tree, results) = try await load(req, access)
        let wave = shown.model
        let group = try req.resultGroup(results: results, tree: tree)
        let isAdvisor = access.role >= .advisor
        let key = KeptWavePage.key("results|\(isAdvisor)", wave: shown, tree: tree, group: group, now: req.now)
        return try await req.wavePage(key) {
            ResultsPage(
                organisationID: access.organisationID, wave: WaveSummary(wave, at: req.now), tree: tree,
                results: results, group: group, tally: results.tally(group), isAdvisor: isAdvisor)
        }
    }

    func heatmap(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (shown, tree, results) = try await load(req, access)
        let wave = shown.model
        return try await req.wavePage(KeptWavePage.key("heatmap", wave: shown, tree: tree, now: req.now)) {
            HeatmapPage(
                organisationID: access.organisationID, wave: WaveSummary(wave, at: req.now), results: results,
                tallies: results.unitTallies(), tree: tree)
        }
    }

    func aggregatesCSV(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (shown, tree, results) = try await load(req, access)
        let wave = shown.model
        let name = "results-\(try wave.requireID().uuidString.prefix(8))"
        let key = KeptWavePage.key("aggregates.csv", wave: shown, tree: tree, now: req.now)
        return await req.keptDownload(key, name: name) {
            ResultsCSV.aggregates(results, tallies: results.unitTallies(), tree: tree, dialect: req.csvDialect)
        }
    }

    func responsesCSV(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let (shown, tree, results) = try await load(req, access)
        let wave = shown.model
        let responses = results.disclosedResponses()
        try await req.audit(.responsesDownloaded, "\(wave.name) (\(responses.count))", organisation: access.organisationID)
        return CSVDownload.response(
            name: "responses-\(try wave.requireID().uuidString.prefix(8))",
            body: ResultsCSV.streamingResponses(responses, columns: results.columns, tree: tree, dialect: req.csvDialect))
    }

    func item(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (shown, tree, results) = try await load(req, access)
        let wave = shown.model
        guard let code = req.parameters.get("item"), let column = results.columns.firstIndex(where: { $0.code == code }) else {
            throw AppError.notFound
        }
        return try await req.wavePage(KeptWavePage.key("item|\(code)", wave: shown, tree: tree, now: req.now)) {
            ItemPage(
                organisationID: access.organisationID, wave: WaveSummary(wave, at: req.now), results: results, column: column,
                tallies: results.unitTallies(), tree: tree)
        }
    }

    func trend(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (shown, tree, results) = try await load(req, access)
        let wave = shown.model
        guard let key = req.parameters.get("scale"), let scale = results.scales.first(where: { $0.key == key }) else {
            throw AppError.notFound
        }
        let group = try req.resultGroup(results: results, tree: tree)
        // Made from every wave of the organisation: kept under all their rows (the dashboard's
        // reading of them), the units as pages name them and the scale and group asked for.
        var waves = KeyDigest()
        for row in try await RowTexts.read([KeptDashboard.waves(req)], organisation: access.organisationID, on: req.keyReads) {
            waves.add(row)
        }
        let pageKey =
            "trend|\(try wave.requireID())|\(scale.key)|\(KeptWavePage.shown(group))|\(tree.namesFingerprint)|\(waves.finish())"
        return try await req.keptPage(pageKey) {
            TrendPage(
                organisationID: access.organisationID, wave: WaveSummary(wave, at: req.now), scale: scale,
                points: try await TrendLoader(req, organisationID: access.organisationID, tree: tree).points(of: scale, group: group),
                group: group, tree: tree, threshold: results.threshold)
        }
    }

    func openAnswers(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (shown, tree, results) = try await load(req, access)
        let wave = shown.model
        // Open answers carry a unit only: a band narrows nothing, so only the unit is read.
        let group = ResultGroup(unit: try req.resultGroup(results: results, tree: tree).unit)
        let summary = WaveSummary(wave, at: req.now)
        let slice = try openAnswerSlice(req, questions: summary.instruments.flatMap(\.openQuestions).map(\.code))
        let canHide = access.role >= .advisor
        let notice = req.query[String.self, at: "hidden"] != nil ? req.strings.answerHidden : nil
        let make = {
            var page = OpenAnswersPage(
                organisationID: access.organisationID, wave: summary, group: group,
                answers: try await OpenAnswerStore(db: req.db).shown(
                    wave: wave, group: group, results: results, tree: tree, slice: slice, now: req.now),
                canHide: canHide, threshold: wave.openAnswerThreshold, notice: notice)
            page.isOneQuestion = slice.isOneQuestion
            return page
        }
        // The page that says an answer was just hidden is the hider's own, so it is not kept.
        guard notice == nil else { return req.page(try await make()) }
        let key = try await KeptWavePage.openAnswersKey(req, wave: shown, tree: tree, group: group, slice: slice, canHide: canHide)
        return try await req.wavePage(key, make)
    }

    /// `question` (one of the wave's open questions) and `after` (an answer's id) from the query;
    /// anything else there is a bad request that says which.
    private func openAnswerSlice(_ req: Request, questions: [String]) throws -> OpenAnswerStore.Slice {
        let after: UUID?
        if let text = req.query[String.self, at: "after"], !text.isEmpty {
            guard let id = UUID(uuidString: text) else { throw AppError.badRequest(req.strings.malformedAnswerPosition) }
            after = id
        } else {
            after = nil
        }
        guard let question = req.query[String.self, at: "question"], !question.isEmpty else {
            return .init(questions: questions, isOneQuestion: false, after: nil)
        }
        guard questions.contains(question) else { throw AppError.badRequest(req.strings.unknownOpenQuestion) }
        return .init(questions: [question], isOneQuestion: true, after: after)
    }

    func hideOpenAnswer(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let wave = try await WaveStore(db: req.db, organisationID: access.organisationID).wave(try req.uuidParameter("wave"))
        try await OpenAnswerStore(db: req.db).hide(
            try req.uuidParameter("answer"), wave: try wave.requireID(), by: access.userID, at: req.now)
        try await req.audit(.openAnswerHidden, wave.name, organisation: access.organisationID)
        return req.redirect(to: Route.waveOpenAnswers(access.organisationID, wave: try wave.requireID()).path + "?hidden=1")
    }

    private func load(_ req: Request, _ access: OrganisationAccess) async throws -> (ShownWave, UnitTree, WaveResults) {
        let wave = try await req.shownWave(of: access.organisationID)
        let tree = try await req.unitTree(access.organisationID)
        return (wave, tree, try await req.application.results.results(for: wave.model, tree: tree, on: req.db, now: req.now))
    }
}
