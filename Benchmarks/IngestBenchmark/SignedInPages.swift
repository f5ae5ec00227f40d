import Foundation
import NIOHTTP1

/// Every page a signed-in advisor opens on the demo, found the way a browser would: the
/// organisation and its latest wave as the benchmark knows them, and a unit, a programme and a
/// conversation from the first link of their lists. Each is asked for once first: a page that
/// does not answer 200 stops the benchmark rather than measuring an error page.
struct SignedInPages {
    let session: ReportBenchmark.Session
    let organisation: String
    let wave: String

    func paths() async throws -> [(String, String)] {
        let org = "/o/\(organisation)"
        let results = "\(org)/waves/\(wave)/results"
        var pages: [(String, String)] = [
            ("organisation page", org), ("dashboard", "\(org)/dashboard"), ("reading guide", "\(org)/dashboard/reading-guide"),
            ("report", "\(org)/report"), ("people", "\(org)/people"), ("people import", "\(org)/people/import"),
            ("units", "\(org)/units"), ("waves", "\(org)/waves"), ("new wave", "\(org)/waves/new"),
            ("wave", "\(org)/waves/\(wave)"), ("wave preview", "\(org)/waves/\(wave)/preview"), ("results", results),
            ("heatmap", results + "/heatmap"), ("open answers", results + "/open"), ("trend", results + "/trends/dlo-K1"),
            ("team mix", "\(org)/waves/\(wave)/teams"), ("diversity", "\(org)/waves/\(wave)/diversity"),
            ("learning language", "\(org)/learning-language"), ("portfolio", "\(org)/portfolio"),
            ("conversations", "\(org)/conversations"), ("API tokens", "\(org)/api-tokens"), ("audit", "\(org)/audit"),
            ("account", "/account/password")
        ]
        if let item = try await firstLink(in: results, under: results + "/items/") { pages.append(("item", item)) }
        if let unit = try await firstLink(in: "\(org)/units", under: "\(org)/units/") { pages.append(("unit", unit)) }
        if let programme = try await firstLink(in: "\(org)/portfolio", under: "\(org)/portfolio/") {
            pages.append(("programme", programme))
        }
        if let conversation = try await firstLink(in: "\(org)/conversations", under: "\(org)/conversations/") {
            pages += [
                ("conversation", conversation), ("agenda", conversation + "/agenda"), ("minutes", conversation + "/minutes")
            ]
        }
        for (name, path) in pages {
            let (status, _) = try await session.get(path)
            guard status == .ok else { throw ReportBenchmark.Failure("\(name) (\(path)) answered \(status.code)") }
        }
        return pages
    }

    /// The first `href` on the page at `path` that starts with `prefix` and goes one level
    /// deeper (an id, not a list's own links such as `…/import`).
    private func firstLink(in path: String, under prefix: String) async throws -> String? {
        let (_, body) = try await session.get(path)
        for piece in body.components(separatedBy: "href=\"").dropFirst() {
            guard let link = piece.split(separator: "\"", maxSplits: 1).first.map(String.init), link.hasPrefix(prefix) else { continue }
            let rest = link.dropFirst(prefix.count)
            if !rest.isEmpty, !rest.contains("/"), !rest.contains("?"), rest.count >= 8 { return link }
        }
        return nil
    }
}
