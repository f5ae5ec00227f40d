import Foundation

/// The sentences the dashboard says about its figures, made from templates in Dutch and
/// English so that a manager can read them aloud. No sentence is pieced together from parts
/// of another language's sentence.
public struct DashboardText: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    private var dutch: Bool { language == .nl }
    private func t(_ nl: String, _ en: String) -> String { dutch ? nl : en }

    // MARK: Numbers

    private var locale: Locale { Locale(identifier: dutch ? "nl_NL" : "en_GB") }
    public func mean(_ value: Double) -> String { value.formatted(.number.precision(.fractionLength(2)).locale(locale)) }
    public func decimal(_ value: Double) -> String { value.formatted(.number.precision(.fractionLength(1)).locale(locale)) }
    public func whole(_ value: Double) -> String { value.formatted(.number.precision(.fractionLength(0)).locale(locale)) }
    public func percent(_ share: Double) -> String { share.formatted(.percent.precision(.fractionLength(0)).locale(locale)) }

    func list(_ topics: [Topic]) -> String {
        let names = topics.map { shortName($0) }
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + t(" en ", " and ") + names.last!
    }

    // MARK: Topics

    /// The topic as a question, for headings.
    public func question(_ topic: Topic) -> String {
        switch topic {
        case .base:
            t(
                "Basisvraag: leidt ontwikkelen hier tot uitputting of tot veerkracht?",
                "Base question: does development here lead to exhaustion or to resilience?")
        case .k1: t("K1 Brengt wat we investeren op wat we ervan verwachten?", "K1 Does what we invest bring what we expect of it?")
        case .k2: t("K2 Helpen mensen elkaar leren, leren we samen?", "K2 Do people help each other learn; do we learn together?")
        case .k3:
            t(
                "K3 Wat geeft ontwikkelen terug, en is geven en nemen in balans?",
                "K3 What does development give back, and are giving and taking in balance?")
        case .k4:
            t(
                "K4 Zijn de kwaliteiten van de mensen van nu het vertrekpunt?",
                "K4 Are the qualities of today's people the starting point?")
        case .k5: t("K5 Beweegt ons leersysteem mee met wat komt?", "K5 Does our learning system move with what is coming?")
        default: shortName(topic)
        }
    }

    /// The scale's own name, e.g. "K2 Samen leren".
    public func shortName(_ topic: Topic) -> String {
        let instrument = topic.scale.instrument == "dlo" ? DLOScan.version1 : LOScan.version1
        let name = instrument.scales.first { $0.code == topic.scale.code }!.name
        return dutch ? name.nl : name.en
    }

    public func verdictName(_ verdict: Verdict) -> String {
        switch verdict {
        case .strong: t("sterk", "strong")
        case .attention: t("aandacht", "attention")
        case .concern: t("zorg", "concern")
        }
    }

    /// The opening sentence of a topic's story.
    public func opening(_ assessment: Assessment) -> String {
        let name = shortName(assessment.topic)
        switch assessment.verdict {
        case .strong?: return t("\(name) is een sterk punt.", "\(name) is a strength.")
        case .attention?: return t("\(name) vraagt aandacht.", "\(name) asks for attention.")
        case .concern?: return t("\(name) baart zorgen.", "\(name) is a concern.")
        case nil: return t("Over \(name) zijn nog geen cijfers.", "There are no figures on \(name) yet.")
        }
    }

    /// The opening sentence and one sentence per signal, strengths first: what a manager reads aloud.
    public func story(_ assessment: Assessment) -> [String] {
        [opening(assessment)] + assessment.signals.map { sentence($0.evidence) }
    }
}
