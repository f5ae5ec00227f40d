import Foundation

/// A text in both languages Veerkracht speaks.
public struct LocalizedText: Hashable, Sendable, Codable {
    public let nl: String
    public let en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }
}

/// How an item is answered: five ordered options, from 1 to 5.
public enum ResponseFormat: String, Hashable, Sendable, Codable, CaseIterable {
    /// From "strongly disagree" to "strongly agree".
    case agreement
    /// From "I learn little from this" to "I learn a lot from this".
    case learningYield

    public static let points = 5

    public var options: [LocalizedText] {
        switch self {
        case .agreement:
            [
                LocalizedText(nl: "Helemaal mee oneens", en: "Strongly disagree"),
                LocalizedText(nl: "Mee oneens", en: "Disagree"),
                LocalizedText(nl: "Neutraal", en: "Neither agree nor disagree"),
                LocalizedText(nl: "Mee eens", en: "Agree"),
                LocalizedText(nl: "Helemaal mee eens", en: "Strongly agree")
            ]
        case .learningYield:
            [
                LocalizedText(nl: "Daar leer ik heel weinig van", en: "I learn very little from this"),
                LocalizedText(nl: "Daar leer ik weinig van", en: "I learn little from this"),
                LocalizedText(nl: "Daar leer ik wel iets van", en: "I learn something from this"),
                LocalizedText(nl: "Daar leer ik veel van", en: "I learn a lot from this"),
                LocalizedText(nl: "Daar leer ik heel veel van", en: "I learn a great deal from this")
            ]
        }
    }
}

/// What a group of items measures, e.g. the base question or one core question.
public struct Scale: Hashable, Sendable, Codable {
    public let code: String
    public let name: LocalizedText

    public init(_ code: String, nl: String, en: String) {
        self.code = code
        self.name = LocalizedText(nl: nl, en: en)
    }
}

/// One statement to answer. Its code is stable: exports and the API use it.
public struct Item: Hashable, Sendable, Codable {
    public let code: String
    public let scale: String
    public let text: LocalizedText
    /// Agreement means a *lower* score on the scale; it is turned around before scoring.
    public let reverseKeyed: Bool
    public let format: ResponseFormat

    public init(_ code: String, scale: String, nl: String, en: String, reversed: Bool = false, format: ResponseFormat = .agreement) {
        self.code = code
        self.scale = scale
        self.text = LocalizedText(nl: nl, en: en)
        self.reverseKeyed = reversed
        self.format = format
    }
}

/// A question answered in a person's own words.
public struct OpenQuestion: Hashable, Sendable, Codable {
    public let code: String
    /// The scale the question belongs to, if any.
    public let scale: String?
    public let text: LocalizedText

    public init(_ code: String, scale: String?, nl: String, en: String) {
        self.code = code
        self.scale = scale
        self.text = LocalizedText(nl: nl, en: en)
    }
}

/// A versioned questionnaire. A published version never changes: a change makes a new
/// version, and every result says which version it comes from.
public struct Instrument: Hashable, Sendable, Codable {
    public let id: String
    public let version: Int
    public let name: LocalizedText
    public let scales: [Scale]
    public let items: [Item]
    public let openQuestions: [OpenQuestion]

    public init(id: String, version: Int, name: LocalizedText, scales: [Scale], items: [Item], openQuestions: [OpenQuestion]) {
        self.id = id
        self.version = version
        self.name = name
        self.scales = scales
        self.items = items
        self.openQuestions = openQuestions
    }

    /// `dlo@1`: how results and exports name the exact version.
    public var reference: String { "\(id)@\(version)" }

    public func items(in scale: String) -> [Item] { items.filter { $0.scale == scale } }

    /// A fingerprint of the whole definition (FNV-1a over its canonical JSON). The catalogue
    /// records it for every published version, and a test fails when the two differ.
    public var checksum: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(self)) ?? Data()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
