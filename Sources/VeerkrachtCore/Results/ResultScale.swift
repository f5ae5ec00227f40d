import Foundation

/// A scale of one instrument in a wave, with the columns of its items in the response table.
public struct ResultScale: Sendable, Hashable {
    public let instrument: Instrument
    public let scale: Scale
    public let columns: [Int]
    let reversed: [Bool]
    /// Scores are means of 1–5 answers over at most k items, so score × lcm(1…k) is a whole
    /// number: sums and sums of squares stay exact integers.
    let multiplier: Int

    /// A person gets a score on the scale when they answered at least half its items.
    public var minimumAnswered: Int { (columns.count + 1) / 2 }

    /// The scales of every instrument, in the order the instruments define them.
    public static func all(in columns: [Item], instruments: [Instrument]) -> [ResultScale] {
        let position = Dictionary(columns.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        return instruments.flatMap { instrument in
            instrument.scales.compactMap { scale -> ResultScale? in
                let items = instrument.items(in: scale.code)
                let indices = items.compactMap { position[$0.code] }
                guard !indices.isEmpty, indices.count == items.count else { return nil }
                return ResultScale(
                    instrument: instrument, scale: scale, columns: indices, reversed: items.map(\.reverseKeyed),
                    multiplier: (1...indices.count).reduce(1) { lcm($0, $1) })
            }
        }
    }

    /// `dlo-K2`: the scale in a path, the same across versions of the instrument.
    public var key: String { "\(instrument.id)-\(scale.code)" }

    /// `dlo@1/K2`: how exports and the API name a scale.
    public var reference: String { "\(instrument.reference)/\(scale.code)" }

    private static func lcm(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return a / x * b
    }
}
