import Fluent
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// A wave as the pages that only show it read it: the model, and its row as text
/// (`RowTexts`), which names every column and so serves as the wave's part of a kept page's key.
struct ShownWave: Sendable {
    let model: Wave
    let row: String
}

/// The waves the pages showed most recently, each with the row text it was read as. A visit
/// reads the row as text (one statement) and reuses the model kept for that same text; only a
/// changed row is read through Fluent again. Building the model by reflection and encoding it
/// as JSON for the key was a fifth of a kept results page (perf, 100,000 respondents).
///
/// The models are shared between requests: only pages that show a wave read them here, and
/// nothing changes them (the handlers that change a wave read their own through `WaveStore`).
final class ShownWaves: Sendable {
    private let kept: NIOLockedValueBox<RecentlyRead<UUID, ShownWave>>
    private let modelReadCount = NIOLockedValueBox(0)

    init(capacity: Int = 64) {
        kept = NIOLockedValueBox(RecentlyRead(capacity: capacity))
    }

    /// How many times a wave's model was read here: tests count them.
    var modelReads: Int { modelReadCount.withLockedValue { $0 } }

    /// The organisation's wave `id`; 404 when it has none.
    /// `reads` are where the row is read (see `KeyReads`); the model comes from `db`.
    func wave(_ id: UUID, organisation: UUID, on db: any Database, reads: KeyReads) async throws -> ShownWave {
        guard let row = try await RowTexts.read(Wave.self, organisation: organisation, id: id, on: reads).first else {
            throw AppError.notFound
        }
        if let known = kept.withLockedValue({ $0.read(id) }), known.row == row { return known }
        // The model is read after the text, so it is never older than the text it is kept
        // under: a page kept for this text shows this row or a newer one.
        let shown = ShownWave(model: try await WaveStore(db: db, organisationID: organisation).wave(id), row: row)
        modelReadCount.withLockedValue { $0 += 1 }
        kept.withLockedValue { $0.keep(shown, for: id) }
        return shown
    }
}

extension Request {
    /// The wave named by the `:wave` parameter in the organisation, for a page that shows it.
    func shownWave(of organisation: UUID) async throws -> ShownWave {
        try await application.shownWaves.wave(try uuidParameter("wave"), organisation: organisation, on: db, reads: keyReads)
    }
}
