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

    /// Makes room for `rows` more rows at once, so that loading a large wave does not keep
    /// doubling (and for a moment holding twice) its answer bytes.
    public mutating func reserve(rows: Int) {
        units.reserveCapacity(count + rows)
        bands.reserveCapacity((count + rows) * BandDimension.allCases.count)
        answers.reserveCapacity((count + rows) * columns.count)
    }

    /// Appends the rows of one cell (one unit, one combination of bands), given as their compact
    /// answers (`CompactAnswers`) joined by `separator`, and returns how many rows that was:
    /// one more than the separators. Each row reads like `CompactAnswers.decode`: padded or cut
    /// to the width, anything but 1–5 unanswered. One call per cell lets the database send a
    /// wave as a few thousand rows instead of a million.
    @discardableResult
    public mutating func append(unit: Int, bands rowBands: [UInt8], joined text: String, separator: UInt8) -> Int {
        precondition(rowBands.count == BandDimension.allCases.count)
        var text = text
        let width = columns.count
        let start = answers.count
        let rows = text.withUTF8 { bytes in bytes.reduce(1) { $1 == separator ? $0 + 1 : $0 } }
        answers.append(contentsOf: repeatElement(CompactAnswers.unanswered, count: rows * width))
        answers.withUnsafeMutableBufferPointer { answers in
            text.withUTF8 { bytes in
                var row = start
                var column = 0
                for byte in bytes {
                    if byte == separator {
                        row += width
                        column = 0
                    } else {
                        if column < width, byte >= UInt8(ascii: "1"), byte <= UInt8(ascii: "5") {
                            answers[row + column] = byte - UInt8(ascii: "0")
                        }
                        column += 1
                    }
                }
            }
        }
        units.append(contentsOf: repeatElement(Int32(unit), count: rows))
        for _ in 0..<rows { bands.append(contentsOf: rowBands) }
        count += rows
        return rows
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
