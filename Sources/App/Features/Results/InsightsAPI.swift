import Fluent
import Vapor
import VeerkrachtCore

/// Aggregates over the API: a wave's results, a team's mix of learning preferences and the
/// dashboard's verdicts. Results come only through `WaveResults`, like the pages.
struct InsightsAPI {
    /// `?unit=&band=` as on the results page; a hidden group answers `shown: false`. Carries
    /// an ETag: a BI tool polling with If-None-Match gets 304 until a response is added.
    func results(_ req: Request) async throws -> Response {
        let (access, wave) = try await WavesAPI().load(req, atLeast: .viewer)
        let tree = try await req.unitTree(access.organisationID)
        let results = try await req.application.results.results(for: wave, tree: tree, on: req.db, now: req.now)
        _ = try req.apiUnit(in: tree)
        if let band = req.query[String.self, at: "band"], BandFilter(band) == nil {
            throw AppError.invalid(field: "band", message: "band must be one of the bands the document lists, e.g. age:30-39.")
        }
        let group = try req.resultGroup(results: results, tree: tree)
        let tally = results.tally(group)
        let scales =
            tally.map { tally in
                results.scales.indices.compactMap { index -> ScaleResultDTO? in
                    guard let stats = results.shownScale(index, in: tally) else { return nil }
                    let d = stats.descriptives
                    return ScaleResultDTO(
                        scale: results.scales[index].reference, n: d.n, mean: d.mean, standardDeviation: d.standardDeviation,
                        ciLow: d.confidenceInterval95?.lowerBound, ciHigh: d.confidenceInterval95?.upperBound,
                        score100: Descriptives.onHundredScale(d.mean), favourable: stats.favourableShare,
                        alpha: stats.alpha, distribution: stats.distribution)
                }
            } ?? []
        let body = ResultsDTO(
            wave: try wave.requireID(), unitId: group.unit, band: req.query[String.self, at: "band"],
            shown: tally != nil, threshold: results.threshold, scales: scales)
        return try Self.tagged(body, for: req)
    }

    /// `?unit=`: the mix of the unit's people (the organisation without it), only as aggregates;
    /// for managers and advisors, like the page.
    func teamMix(_ req: Request) async throws -> Response {
        let (access, wave) = try await WavesAPI().load(req, atLeast: .manager)
        let tree = try await req.unitTree(access.organisationID)
        let unit = try req.apiUnit(in: tree)
        guard wave.uses(LearningPreferenceScan.version1.id) else {
            throw AppError.invalid(field: "wave", message: "This wave did not ask the learning-preference scan.")
        }
        let summary = try await TeamMixLoader.summary(req, wave: wave, tree: tree, unit: unit)
        let mix = summary.view.mix
        let preferences =
            mix.map { mix in
                LearningPreference.allCases.map {
                    TeamMixDTO.Preference(
                        preference: $0.rawValue, strongestShare: mix.dominantShare($0), inTopTwo: mix.inTopTwo[$0] ?? 0,
                        mean: mix.mean($0))
                }
            } ?? []
        let language = req.language
        return try APIJSON.response(
            TeamMixDTO(
                wave: try wave.requireID(), unitId: unit, shown: mix != nil, people: mix?.people,
                diversity: mix.map { $0.diversity * 100 }, preferences: preferences,
                advice: summary.advice.map { language == .nl ? $0.advice.nl : $0.advice.en }))
    }

    func dashboard(_ req: Request) async throws -> Response {
        let access = try req.apiAccess()
        let tree = try await req.unitTree(access.organisationID)
        let unit = try req.apiUnit(in: tree)
        let data = try await DashboardLoader(req, organisationID: access.organisationID)
            .load(unit: unit, tree: tree)
        let text = DashboardText(req.language)
        let topics = data.dashboard.assessments.map { a in
            DashboardDTO.TopicDTO(
                topic: a.topic.rawValue, question: text.question(a.topic), verdict: a.verdict?.rawValue,
                signals: a.signals.map {
                    .init(
                        rule: $0.rule.rawValue, source: $0.rule.isFromScan ? "scan" : "portfolio", value: $0.evidence.value,
                        verdict: $0.verdict.rawValue, sentence: text.sentence($0.evidence))
                })
        }
        return try APIJSON.response(
            DashboardDTO(
                unitId: unit, hasScan: data.dashboard.hasScan, hasPortfolio: data.dashboard.hasPortfolio,
                scanSuppressed: data.scanSuppressed, overdueActions: data.overdueActions.count, topics: topics))
    }

    /// The JSON with a strong ETag of its bytes; 304 when the client already has them.
    static func tagged(_ value: some Encodable, for req: Request) throws -> Response {
        StrongETag.response(ByteBuffer(data: try APIJSON.encoder.encode(value)), contentType: .json, for: req)
    }
}
