import Foundation

/// The languages Veerkracht speaks. Dutch comes first: the texts it is built on are Dutch.
public enum Language: String, CaseIterable, Sendable, Codable {
    case nl
    case en

    public static let fallback: Language = .nl

    /// Picks the best supported language from an HTTP `Accept-Language` header,
    /// honouring quality values; `nil` when nothing in the header is supported.
    public static func negotiate(acceptLanguage header: String?) -> Language? {
        guard let header, !header.isEmpty else { return nil }
        var best: (language: Language, quality: Double, order: Int)?
        for (order, part) in header.split(separator: ",").enumerated() {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased(), !tag.isEmpty else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let language = Language(rawValue: primary) else { continue }
            var quality = 1.0
            for parameter in pieces.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            guard quality > 0 else { continue }
            if best == nil || quality > best!.quality {
                best = (language, quality, order)
            }
        }
        return best?.language
    }
}
