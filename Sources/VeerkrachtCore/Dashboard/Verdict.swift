import Foundation

/// The dashboard's judgement of one question: strong, worth attention, or a concern.
public enum Verdict: String, CaseIterable, Codable, Sendable, Comparable {
    case concern, attention, strong

    private var rank: Int {
        switch self {
        case .concern: 0
        case .attention: 1
        case .strong: 2
        }
    }

    public static func < (a: Verdict, b: Verdict) -> Bool { a.rank < b.rank }
}

/// The questions the dashboard answers: the first text's base question and core questions,
/// and the second text's five properties of a learning organisation.
public enum Topic: String, CaseIterable, Codable, Sendable {
    case base, k1, k2, k3, k4, k5
    case p1, p2, p3, p4, p5

    public static let coreQuestions: [Topic] = [.k1, .k2, .k3, .k4, .k5]
    /// The base question and K1–K5: the topics of the management conversation.
    public static let conversation: [Topic] = [.base] + coreQuestions
    public static let properties: [Topic] = [.p1, .p2, .p3, .p4, .p5]

    /// The scale of the scan that asks people about this topic.
    public var scale: (instrument: String, code: String) {
        switch self {
        case .base: ("dlo", "V")
        case .k1, .k2, .k3, .k4, .k5: ("dlo", rawValue.uppercased())
        case .p1, .p2, .p3, .p4, .p5: ("lo", rawValue.uppercased())
        }
    }

    /// The key `ResultScale` gives the scale, e.g. `dlo-K2`.
    public var scaleKey: String { "\(scale.instrument)-\(scale.code)" }
}
