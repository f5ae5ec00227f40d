import Foundation

/// The instruments of one wave laid out as the pages a person answers: one page per scale,
/// with the open question that belongs to that scale, in the order the instruments define.
public struct Questionnaire: Sendable {
    public struct Section: Sendable, Equatable {
        /// 1 for the first page.
        public let number: Int
        public let instrument: Instrument
        public let scale: Scale?
        public let items: [Item]
        public let openQuestions: [OpenQuestion]
    }

    public let instruments: [Instrument]
    public let sections: [Section]
    private let items: [String: Item]
    private let openQuestions: [String: OpenQuestion]

    public init(instruments: [Instrument]) {
        self.instruments = instruments
        var sections: [Section] = []
        for instrument in instruments {
            for scale in instrument.scales {
                sections.append(
                    Section(
                        number: sections.count + 1, instrument: instrument, scale: scale,
                        items: instrument.items(in: scale.code),
                        openQuestions: instrument.openQuestions.filter { $0.scale == scale.code }))
            }
            // Questions about the instrument as a whole get a page after its scales.
            let general = instrument.openQuestions.filter { $0.scale == nil }
            if !general.isEmpty {
                sections.append(
                    Section(
                        number: sections.count + 1, instrument: instrument, scale: nil,
                        items: [], openQuestions: general))
            }
        }
        self.sections = sections
        let allItems = instruments.flatMap(\.items)
        items = Dictionary(allItems.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        openQuestions = Dictionary(
            instruments.flatMap(\.openQuestions).map { ($0.code, $0) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The questionnaire of a wave whose instruments are stored as references like `dlo@1`;
    /// nil when a reference names no published instrument.
    public init?(references: [String]) {
        let instruments = references.compactMap(InstrumentCatalog.instrument(reference:))
        guard instruments.count == references.count, !instruments.isEmpty else { return nil }
        self.init(instruments: instruments)
    }

    public func item(_ code: String) -> Item? { items[code] }
    public func openQuestion(_ code: String) -> OpenQuestion? { openQuestions[code] }

    public var itemCount: Int { items.count }

    /// The page to resume on: the first with an unanswered item, or the last page.
    public func resumeSection(for answers: Answers) -> Int {
        sections.first { section in section.items.contains { answers.closed[$0.code] == nil } }?.number
            ?? sections.count
    }

    /// Whether the wave asked for a learning-preference profile.
    public var includesLearningPreferences: Bool {
        instruments.contains { $0.id == LearningPreferenceScan.version1.id }
    }
}
