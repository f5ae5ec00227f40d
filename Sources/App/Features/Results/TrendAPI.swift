import Fluent
import Vapor
import VeerkrachtCore

struct TrendDTO: Encodable, Sendable {
    struct Point: Encodable, Sendable {
        let wave: UUID
        let name: String
        /// A follow-up pulse or a run of a rhythm: a short form asked of some units.
        let pulse: Bool
        let opensAt: Date
        let shown: Bool
        @Null var n: Int?
        @Null var mean: Double?
        @Null var ciLow: Double?
        @Null var ciHigh: Double?
    }

    let scale: String
    @Null var unitId: UUID?
    let points: [Point]
}

/// `GET …/waves/{wave}/trend/{scale}?unit=`: the trend page's points as data, pulses marked.
struct TrendAPI {
    func trend(_ req: Request) async throws -> Response {
        let (access, wave) = try await WavesAPI().load(req, atLeast: .viewer)
        let tree = try await req.unitTree(access.organisationID)
        let results = try await req.application.results.results(for: wave, tree: tree, on: req.db, now: req.now)
        guard let key = req.parameters.get("scale"), let scale = results.scales.first(where: { $0.key == key }) else {
            throw AppError.notFound
        }
        let unit = try req.apiUnit(in: tree)
        let group = ResultGroup(unit: unit)
        let points = try await TrendLoader(req, organisationID: access.organisationID, tree: tree).points(of: scale, group: group)
        let body = TrendDTO(
            scale: scale.reference, unitId: unit,
            points: points.map { point in
                let d = point.statistics?.descriptives
                return TrendDTO.Point(
                    wave: point.wave.id, name: point.wave.name, pulse: point.wave.isPulse, opensAt: point.wave.lifecycle.opensAt,
                    shown: d != nil, n: d?.n, mean: d?.mean, ciLow: d?.confidenceInterval95?.lowerBound,
                    ciHigh: d?.confidenceInterval95?.upperBound)
            })
        return try APIJSON.response(body)
    }
}
