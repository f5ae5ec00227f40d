import Foundation
import Vapor
import VeerkrachtCore

/// The group a results, dashboard, team or API request asks for in its query, read the same
/// way everywhere.
extension Request {
    /// `?unit=<id>`: nil for the organisation; a malformed id is a 400, a unit of another
    /// organisation a 404.
    func unitQuery(in tree: UnitTree) throws -> UUID? {
        guard let text = query[String.self, at: "unit"], !text.isEmpty else { return nil }
        guard let id = UUID(uuidString: text) else { throw AppError.badRequest(strings.unknownUnit) }
        guard tree.nodes[id] != nil else { throw AppError.notFound }
        return id
    }

    /// The group asked for in `?unit=<id>&band=<dimension>:<label>`. A malformed value is a
    /// 400 and a unit of another organisation a 404. A well-formed band nobody has is simply a
    /// group too small to show, so the answer never tells whether such a person exists.
    func resultGroup(results: WaveResults, tree: UnitTree) throws -> ResultGroup {
        let unit = try unitQuery(in: tree)
        guard let text = query[String.self, at: "band"], !text.isEmpty else { return ResultGroup(unit: unit) }
        guard let band = BandFilter(text) else { throw AppError.badRequest(strings.malformedBand) }
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
            Self.labels(of: dimension).contains(parts[1])
        else { return nil }
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
