import Foundation

/// How a wave names what it asks: `dlo@1` for a whole published version, `dlo@1:K2` or
/// `dlo@1:V+K2` for a short form of it — the items of those scales only, in the order the version
/// defines them. A short form is versioned with its instrument: `dlo@1:K2` asks exactly the K2
/// items of `dlo@1`, so its scale scores stand beside those of full `dlo@1` waves.
public struct InstrumentReference: Hashable, Sendable, CustomStringConvertible {
    public let id: String
    public let version: Int
    /// nil for the whole instrument; otherwise the scale codes asked, in the instrument's order.
    public let scales: [String]?

    public init(id: String, version: Int, scales: [String]? = nil) {
        self.id = id
        self.version = version
        self.scales = scales
    }

    /// nil for text that is no reference; scale codes are not checked here (`instrument` does).
    public init?(parsing text: String) {
        let head = text.prefix { $0 != ":" }
        let scaleList = head.endIndex < text.endIndex ? text[text.index(after: head.endIndex)...] : nil
        let parts = head.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let name = parts.first, !name.isEmpty, let number = parts.last, let version = Int(number), version > 0
        else { return nil }
        id = String(name)
        self.version = version
        if let scaleList {
            let codes = scaleList.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
            guard !codes.contains(where: \.isEmpty), Set(codes).count == codes.count else { return nil }
            scales = codes
        } else {
            scales = nil
        }
    }

    public var isShortForm: Bool { scales != nil }

    public var description: String {
        "\(id)@\(version)" + (scales.map { ":" + $0.joined(separator: "+") } ?? "")
    }

    /// The instrument this names, cut to its scales for a short form; nil when the version is
    /// not published or a scale code is not one of its scales.
    public var instrument: Instrument? {
        guard let full = InstrumentCatalog.instrument(id: id, version: version) else { return nil }
        guard let scales else { return full }
        return full.shortForm(scales: scales)
    }
}

extension Instrument {
    /// The same version with only `codes`' scales, their items and their open questions (a
    /// pulse stays short, so questions about the instrument as a whole are left out); nil when a
    /// code names no scale of this version or none is given.
    public func shortForm(scales codes: [String]) -> Instrument? {
        let known = Set(scales.map(\.code))
        guard !codes.isEmpty, codes.allSatisfy(known.contains) else { return nil }
        let chosen = Set(codes)
        return Instrument(
            id: id, version: version, name: name, scales: scales.filter { chosen.contains($0.code) },
            items: items.filter { chosen.contains($0.scale) },
            openQuestions: openQuestions.filter { $0.scale.map(chosen.contains) == true })
    }

    /// The reference a short form of this version with `codes` is stored under, scales in this
    /// version's order.
    public func shortFormReference(scales codes: Set<String>) -> String {
        InstrumentReference(id: id, version: version, scales: scales.map(\.code).filter(codes.contains)).description
    }
}
