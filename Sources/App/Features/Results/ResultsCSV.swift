import Foundation
import Vapor
import VeerkrachtCore

/// The two result exports. Both read disclosed groups only; numbers have no grouping, and their
/// decimal sign and separator follow the reader's language (`CSVDialect`).
enum ResultsCSV {
    static let aggregateHeader = [
        "unit_id", "unit", "scale", "n", "mean", "sd", "ci_low", "ci_high",
        "score_0_100", "favourable", "alpha"
    ]

    /// One row per shown unit (the organisation first) and scale: a few thousand rows at
    /// most (units × scales), so one buffer that a closed wave can keep (`KeptPages`).
    static func aggregates(_ results: WaveResults, tallies: [GroupTally?], tree: UnitTree, dialect: CSVDialect) -> ByteBuffer {
        var csv = CSVDialect.byteOrderMark + dialect.row(aggregateHeader)
        for (node, tally) in tallies.enumerated() {
            guard let tally else { continue }
            csv += aggregateRows(results, tally: tally, unit: results.nodes[node], tree: tree, dialect: dialect)
        }
        return ByteBuffer(string: csv)
    }

    static func aggregateRows(_ results: WaveResults, tally: GroupTally, unit: UUID?, tree: UnitTree, dialect: CSVDialect) -> String {
        var csv = ""
        for index in results.scales.indices {
            guard let stats = results.shownScale(index, in: tally) else { continue }
            let d = stats.descriptives
            let interval = d.confidenceInterval95
            // Only the text fields go through the spreadsheet-safe quoting: a negative α
            // must stay a number.
            let text = [unit?.uuidString ?? "", unit.map(tree.path(of:)) ?? "", results.scales[index].reference].map { CSVText.field($0) }
            let numbers = [
                "\(d.n)", dialect.number(d.mean), dialect.number(d.standardDeviation), dialect.number(interval?.lowerBound),
                dialect.number(interval?.upperBound), dialect.number(Descriptives.onHundredScale(d.mean)),
                dialect.number(stats.favourableShare), dialect.number(stats.alpha)
            ]
            csv += (text + numbers).joined(separator: String(dialect.separator)) + "\r\n"
        }
        return csv
    }

    /// Item codes as columns, one row per response of a shown group, written in chunks so that
    /// 100,000 rows never sit in memory as one text.
    static func streamingResponses(_ responses: DisclosedResponses, columns: [Item], tree: UnitTree, dialect: CSVDialect)
        -> Response.Body
    {
        Response.Body(asyncStream: { writer in
            do {
                try await writer.writeBuffer(ByteBuffer(string: responsesHeader(columns: columns, dialect: dialect)))
                var position = 0
                while position < responses.count {
                    let end = min(position + 2_000, responses.count)
                    try await writer.writeBuffer(ByteBuffer(string: responseRows(responses, position..<end, tree: tree, dialect: dialect)))
                    position = end
                }
                try await writer.write(.end)
            } catch {
                try? await writer.write(.error(error))
            }
        })
    }

    /// The header of the response file, with the byte-order mark Excel needs.
    static func responsesHeader(columns: [Item], dialect: CSVDialect) -> String {
        CSVDialect.byteOrderMark + dialect.row(["unit", "age_band", "gender", "tenure_band"] + columns.map(\.code))
    }

    /// Rows `range` of the disclosed responses: the one place a response becomes a line.
    static func responseRows(_ responses: DisclosedResponses, _ range: Range<Int>, tree: UnitTree, dialect: CSVDialect) -> String {
        var chunk = ""
        for index in range {
            let row = responses.response(at: index)
            var fields = [row.unit.map(tree.path(of:)) ?? ""] + row.bands.map { $0 ?? "" }
            fields += row.answers.map { $0 == CompactAnswers.unanswered ? "" : String($0) }
            chunk += dialect.row(fields)
        }
        return chunk
    }
}
