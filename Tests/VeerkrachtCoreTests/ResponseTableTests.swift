import Foundation
import Testing

@testable import VeerkrachtCore

@Suite struct ResponseTableTests {
    private let columns = Array(DLOScan.version1.items.prefix(4))
    private var empty: ResponseTable { ResponseTable(columns: columns, bandLabels: ResponseTable.labels(ages: ["25-34"])) }

    private func rows(of table: ResponseTable) -> [[UInt8]] {
        (0..<table.count).map { row in table.withAnswers(ofRow: row) { Array($0) } }
    }

    @Test func aJoinedCellBecomesOneRowPerTextReadLikeDecode() {
        var table = empty
        let appended = table.append(unit: 2, bands: [1, 0, 3], joined: "1234,55,123456,x2z4,", separator: UInt8(ascii: ","))
        #expect(appended == 5)
        #expect(table.count == 5)
        #expect(
            rows(of: table) == [
                [1, 2, 3, 4], [5, 5, 0, 0], [1, 2, 3, 4], [0, 2, 0, 4], [0, 0, 0, 0]
            ])
        #expect((0..<5).allSatisfy { table.units[$0] == 2 && table.band(ofRow: $0, .age) == 1 && table.band(ofRow: $0, .tenure) == 3 })
    }

    @Test func joinedCellsAndSingleRowsMakeTheSameTable() {
        let texts = ["5123", "0044", "3", "2222"]
        var joined = empty
        joined.reserve(rows: 5)
        joined.append(unit: 1, bands: [0, 2, 0], joined: texts[0..<3].joined(separator: ","), separator: UInt8(ascii: ","))
        joined.append(unit: 3, bands: [1, 1, 1], joined: texts[3], separator: UInt8(ascii: ","))
        var single = empty
        for text in texts[0..<3] { single.append(unit: 1, bands: [0, 2, 0], answers: CompactAnswers.decode(text, width: 4)) }
        single.append(unit: 3, bands: [1, 1, 1], answers: CompactAnswers.decode(texts[3], width: 4))
        #expect(rows(of: joined) == rows(of: single))
        #expect(joined.units == single.units && joined.bands == single.bands && joined.count == single.count)
    }
}
