import Foundation
import Vapor
import VeerkrachtCore

/// The key under which a closed wave's page is kept (`KeptPages`): the page, the group it
/// shows, every column of the wave row (its results revision among them, raised by every
/// stored response on any server) and the units as pages name them. A wave that still takes
/// answers has none: its pages say how long it stays open, so they are rendered each time.
enum KeptWavePage {
    static func key(_ page: String, wave: ShownWave, tree: UnitTree, group: ResultGroup? = nil, now: Date) -> String? {
        guard wave.model.lifecycle.effectiveStatus(at: now) == .closed else { return nil }
        return "\(page)|\(group.map(shown) ?? "")|\(tree.namesFingerprint)|\(wave.row)"
    }

    /// The group a page shows: its unit and band, or all.
    static func shown(_ group: ResultGroup) -> String {
        "\(group.unit?.uuidString ?? "all")|\(group.band.map { "\($0.dimension)=\($0.index)" } ?? "all")"
    }
}

extension Request {
    /// The page kept under `key` when there is one (a closed wave), else made now.
    func wavePage(_ key: String?, caching: KeptPageCaching = .revalidate, _ make: () async throws -> some Page) async throws
        -> Response
    {
        guard let key else { return page(try await make()) }
        return try await keptPage(key, caching: caching, make)
    }
}
