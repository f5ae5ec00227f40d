import Fluent
import Vapor
import VeerkrachtCore

/// A wave's results for everyone in the organisation; the response-level export for advisors.
/// Every figure comes from `WaveResults`, which hands out disclosed groups only.
struct ResultsController {
    func results(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (wave, tree, results) = try await load(req, access)
        let group = try Self.group(from: req, results: results, tree: tree)
        return req.page(ResultsPage(organisationID: access.organisationID, wave: WaveSummary(wave), tree: tree,
                                    results: results, group: group, tally: results.tally(group),
                                    isAdvisor: access.role >= .advisor))
    }

    func heatmap(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (wave, tree, results) = try await load(req, access)
        return req.page(HeatmapPage(organisationID: access.organisationID, wave: WaveSummary(wave), results: results,
                                    tallies: results.unitTallies(), tree: tree))
    }

    func aggregatesCSV(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (wave, tree, results) = try await load(req, access)
        return ResultsCSV.response(name: "results-\(wave.id!.uuidString.prefix(8))",
                                   body: ResultsCSV.aggregates(results, tallies: results.unitTallies(), tree: tree))
    }

    func responsesCSV(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let (wave, tree, results) = try await load(req, access)
        let responses = results.disclosedResponses()
        try await req.audit(.responsesDownloaded, "\(wave.name) (\(responses.count))", organisation: access.organisationID)
        return ResultsCSV.response(name: "responses-\(wave.id!.uuidString.prefix(8))",
                                   body: ResultsCSV.streamingResponses(responses, columns: results.columns, tree: tree))
    }

    func item(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (wave, tree, results) = try await load(req, access)
        guard let code = req.parameters.get("item"), let column = results.columns.firstIndex(where: { $0.code == code }) else {
            throw AppError.notFound
        }
        return req.page(ItemPage(organisationID: access.organisationID, wave: WaveSummary(wave), results: results, column: column,
                                 tallies: results.unitTallies(), tree: tree))
    }

    func trend(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (wave, tree, results) = try await load(req, access)
        guard let key = req.parameters.get("scale"), let scale = results.scales.first(where: { $0.key == key }) else {
            throw AppError.notFound
        }
        let group = try Self.group(from: req, results: results, tree: tree)
        var points: [TrendPage.Point] = []
        let store = WaveStore(db: req.db, organisationID: access.organisationID)
        for other in try await store.all().sorted(by: { $0.opensAt < $1.opensAt })
        where other.lifecycle.status != .draft && other.instruments.contains(where: { $0.hasPrefix(scale.instrument.id + "@") }) {
            let otherResults = try await req.application.results.results(for: other, tree: tree, on: req.db)
            guard let index = otherResults.scales.firstIndex(where: { $0.key == key }) else { continue }
            let stats = otherResults.tally(group).flatMap { otherResults.shownScale(index, in: $0) }
            points.append(TrendPage.Point(wave: WaveSummary(other), statistics: stats))
        }
        return req.page(TrendPage(organisationID: access.organisationID, wave: WaveSummary(wave), scale: scale, points: points,
                                  group: group, tree: tree, threshold: results.threshold))
    }

    func openAnswers(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess()
        let (wave, tree, results) = try await load(req, access)
        // Open answers carry a unit only: a band narrows nothing, so only the unit is read.
        let group = ResultGroup(unit: try Self.group(from: req, results: results, tree: tree).unit)
        let answers = try await OpenAnswerStore(db: req.db).shown(wave: wave, group: group, results: results, tree: tree)
        return req.page(OpenAnswersPage(organisationID: access.organisationID, wave: WaveSummary(wave), group: group,
                                        answers: answers, canHide: access.role >= .advisor, threshold: wave.openAnswerThreshold,
                                        notice: req.query[String.self, at: "hidden"] != nil ? req.strings.answerHidden : nil))
    }

    func hideOpenAnswer(_ req: Request) async throws -> Response {
        let access = try req.organisationAccess(atLeast: .advisor)
        let wave = try await WaveStore(db: req.db, organisationID: access.organisationID).wave(try req.uuidParameter("wave"))
        try await OpenAnswerStore(db: req.db).hide(try req.uuidParameter("answer"), wave: try wave.requireID(), by: access.userID)
        try await req.audit(.openAnswerHidden, wave.name, organisation: access.organisationID)
        return req.redirect(to: Route.waveOpenAnswers(access.organisationID, wave: try wave.requireID()).path + "?hidden=1")
    }

    /// `?unit=<id>`: nil for the organisation; a malformed id is a 400, a unit of another
    /// organisation a 404.
    static func unit(from req: Request, tree: UnitTree) throws -> UUID? {
        guard let text = req.query[String.self, at: "unit"], !text.isEmpty else { return nil }
        guard let id = UUID(uuidString: text) else { throw AppError.badRequest(req.strings.unknownUnit) }
        guard tree.nodes[id] != nil else { throw AppError.notFound }
        return id
    }

    private func load(_ req: Request, _ access: OrganisationAccess) async throws -> (Wave, UnitTree, WaveResults) {
        let wave = try await WaveStore(db: req.db, organisationID: access.organisationID).wave(try req.uuidParameter("wave"))
        let tree = try await UnitStore(db: req.db, organisationID: access.organisationID).tree()
        return (wave, tree, try await req.application.results.results(for: wave, tree: tree, on: req.db))
    }

    /// The group asked for in `?unit=<id>&band=<dimension>:<label>`. A malformed value is a
    /// 400 and a unit of another organisation a 404. A well-formed band nobody has is simply a
    /// group too small to show, so the answer never tells whether such a person exists.
    static func group(from req: Request, results: WaveResults, tree: UnitTree) throws -> ResultGroup {
        let unit = try self.unit(from: req, tree: tree)
        guard let text = req.query[String.self, at: "band"], !text.isEmpty else { return ResultGroup(unit: unit) }
        guard let band = BandFilter(text) else { throw AppError.badRequest(req.strings.malformedBand) }
        let index = results.bandLabels[band.dimension.rawValue].firstIndex(of: band.label).map { $0 + 1 } ?? Int.max
        return ResultGroup(unit: unit, band: (band.dimension, index))
    }
}

/// `age:30-39`, `gender:f`, `tenure:2-5`: a band as a filter names it.
struct BandFilter: Equatable {
    let dimension: BandDimension
    let label: String

    static let names: [BandDimension: String] = [.age: "age", .gender: "gender", .tenure: "tenure"]
    /// The age bands offered, whether or not anyone in the wave has them.
    static let ages = stride(from: 10, through: 80, by: 10).map { "\($0)-\($0 + 9)" }

    init(dimension: BandDimension, label: String) {
        self.dimension = dimension
        self.label = label
    }

    init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let dimension = Self.names.first(where: { $0.value == parts[0] })?.key,
              Self.labels(of: dimension).contains(parts[1]) else { return nil }
        self.init(dimension: dimension, label: parts[1])
    }

    static func labels(of dimension: BandDimension) -> [String] {
        switch dimension {
        case .age: ages
        case .gender: Gender.allCases.map(\.rawValue)
        case .tenure: TenureBand.allCases.map(\.rawValue)
        }
    }

    static var all: [BandFilter] {
        BandDimension.allCases.flatMap { d in labels(of: d).map { BandFilter(dimension: d, label: $0) } }
    }

    var text: String { "\(Self.names[dimension]!):\(label)" }
}
