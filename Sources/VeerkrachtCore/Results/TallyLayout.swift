import Foundation

/// Where each sum of a `GroupTally` lives in its flat block of integers, and the scales'
/// columns flattened, so that counting a response touches only contiguous memory:
///
///     [respondents] [5 counts per column] then per scale:
///     [n, Σscore, Σscore², complete, Σtotal, Σtotal²] [5 keyed counts of the scored] [Σitem per item] [Σitem² per item]
///
/// Scores are means × lcm(1…k) and totals keyed sums, so every sum is a whole number.
public final class TallyLayout: Sendable {
    public let columnCount: Int
    public let scales: [ResultScale]
    let length: Int
    let scaleOffsets: [Int]
    /// Scale s owns positions columnStarts[s] ..< columnStarts[s + 1] of the next two.
    let columnStarts: [Int]
    let scaleColumns: [Int]
    let reversed: [Bool]
    let multipliers: [Int]
    let minimums: [Int]

    static let scaleHeader = 6

    public init(columnCount: Int, scales: [ResultScale]) {
        self.columnCount = columnCount
        self.scales = scales
        var offset = 1 + columnCount * ResponseFormat.points
        var offsets: [Int] = []
        var starts = [0]
        for scale in scales {
            offsets.append(offset)
            offset += Self.scaleHeader + ResponseFormat.points + 2 * scale.columns.count
            starts.append(starts.last! + scale.columns.count)
        }
        length = offset
        scaleOffsets = offsets
        columnStarts = starts
        scaleColumns = scales.flatMap(\.columns)
        reversed = scales.flatMap(\.reversed)
        multipliers = scales.map(\.multiplier)
        minimums = scales.map(\.minimumAnswered)
    }

    /// Counts every row whose group (from `groupOfRow`, −1 for none) is in 0..<groups into a
    /// block of `groups × length` integers.
    func accumulate(answers: [UInt8], groupOfRow: [Int32], groups: Int) -> [Int] {
        var storage = [Int](repeating: 0, count: groups * length)
        let width = columnCount
        let points = ResponseFormat.points
        let header = Self.scaleHeader
        answers.withUnsafeBufferPointer { answers in
            scaleColumns.withUnsafeBufferPointer { columns in
                reversed.withUnsafeBufferPointer { reversed in
                    columnStarts.withUnsafeBufferPointer { starts in
                        scaleOffsets.withUnsafeBufferPointer { offsets in
                            storage.withUnsafeMutableBufferPointer { out in
                                for row in 0..<groupOfRow.count {
                                    let group = Int(groupOfRow[row])
                                    guard group >= 0 else { continue }
                                    let base = out.baseAddress! + group * length
                                    let answer = answers.baseAddress! + row * width
                                    base[0] += 1
                                    for column in 0..<width {
                                        let value = Int(answer[column])
                                        if value > 0 { base[1 + column * points + value - 1] += 1 }
                                    }
                                    for scale in 0..<offsets.count {
                                        let o = offsets[scale]
                                        let start = starts[scale]
                                        let end = starts[scale + 1]
                                        var keyedSum = 0
                                        var answered = 0
                                        for position in start..<end {
                                            let value = Int(answer[columns[position]])
                                            guard value > 0 else { continue }
                                            keyedSum += reversed[position] ? points + 1 - value : value
                                            answered += 1
                                        }
                                        // The distribution counts the answers of exactly the people the scale's n
                                        // counts: someone without a score is in no figure of the scale.
                                        guard answered >= minimums[scale] else { continue }
                                        for position in start..<end {
                                            let value = Int(answer[columns[position]])
                                            guard value > 0 else { continue }
                                            base[o + header + (reversed[position] ? points + 1 - value : value) - 1] += 1
                                        }
                                        let score = keyedSum * (multipliers[scale] / answered)
                                        base[o] += 1
                                        base[o + 1] += score
                                        base[o + 2] += score * score
                                        let items = end - start
                                        guard answered == items else { continue }
                                        base[o + 3] += 1
                                        base[o + 4] += keyedSum
                                        base[o + 5] += keyedSum * keyedSum
                                        let sums = o + header + points
                                        for position in start..<end {
                                            let value = Int(answer[columns[position]])
                                            let keyed = reversed[position] ? points + 1 - value : value
                                            base[sums + position - start] += keyed
                                            base[sums + items + position - start] += keyed * keyed
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return storage
    }
}
