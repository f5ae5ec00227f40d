import Foundation

/// The demographic dimensions results can be broken down by, in a fixed order.
public enum BandDimension: Int, CaseIterable, Sendable, Codable {
    case age, gender, tenure
}

/// The responses of one wave in columns, compact enough to keep in memory and scan per
/// request: a unit index, one small number per band dimension (0 = not known) and one byte
/// per item. Only the core reads it; everything shown goes through `WaveResults`.
public struct ResponseTable: Sendable {
    public let columns: [Item]
    /// Per dimension the band labels; index 0 is "not known" and has no label.
    public let bandLabels: [[String]]
    public private(set) var count = 0
    private(set) var units: [Int32] = []
    private(set) var bands: [UInt8] = []
    private(set) var answers: [UInt8] = []

    /// Band labels are given up front so that their order is the same in every wave.
    public init(columns: [Item], bandLabels: [[String]]) {
        precondition(bandLabels.count == BandDimension.allCases.count)
        self.columns = columns
        self.bandLabels = bandLabels
    }

    /// Band labels in display order for the values present: age bands sorted by their lower
    /// bound, gender and tenure in the order the core defines them.
    public static func labels(ages: Set<String>) -> [[String]] {
        let sortedAges = ages.sorted { (Int($0.prefix { $0.isNumber }) ?? 0, $0) < (Int($1.prefix { $0.isNumber }) ?? 0, $1) }
        return [sortedAges, Gender.allCases.map(\.rawValue), TenureBand.allCases.map(\.rawValue)]
    }

    /// The band index of a stored label: 0 for nil or a label this table does not know.
    public func bandIndex(_ label: String?, in dimension: BandDimension) -> UInt8 {
        guard let label, let index = bandLabels[dimension.rawValue].firstIndex(of: label) else { return 0 }
        return UInt8(index + 1)
    }

    public mutating func append(unit: Int, bands rowBands: [UInt8], answers row: [UInt8]) {
        precondition(rowBands.count == BandDimension.allCases.count && row.count == columns.count)
        units.append(Int32(unit))
        bands.append(contentsOf: rowBands)
        answers.append(contentsOf: row)
        count += 1
    }

    func band(ofRow row: Int, _ dimension: BandDimension) -> Int { Int(bands[row * 3 + dimension.rawValue]) }
    /// A cell: the three band indices in one number, for counting cross-tabulations.
    func cell(ofRow row: Int) -> Int {
        Int(bands[row * 3]) << 16 | Int(bands[row * 3 + 1]) << 8 | Int(bands[row * 3 + 2])
    }

    func withAnswers<R>(ofRow row: Int, _ body: (ArraySlice<UInt8>) -> R) -> R {
        body(answers[row * columns.count..<(row + 1) * columns.count])
    }
}
