import Foundation
import NIOConcurrencyHelpers
import VeerkrachtCore

/// The frames rendered most recently, by everything a frame is made from: a reader who opens
/// page after page gets the same header each time, and rendering it with Plot was a fifth of a
/// kept page's request (perf, the heatmap at 100,000 respondents). The frame is a function of
/// its key alone (the reader's account as the request loaded it, the form token, the language,
/// the path, the page's title and width), so a kept one is always the one that would be made.
enum KeptFrames {
    struct Key: Hashable, Sendable {
        let language: VeerkrachtCore.Language
        let user: SignedInUser?
        let organisationID: UUID?
        let csrfToken: String
        let path: String
        let title: String
        let isWide: Bool

        init(_ main: RenderedMain, _ context: PageContext) {
            language = context.language
            user = context.user
            organisationID = context.organisationID
            csrfToken = context.csrfToken
            path = context.path
            title = main.title
            isWide = main.isWide
        }
    }

    typealias Halves = (before: Substring, after: Substring)

    /// A few hundred readers' current frames; each is a few kilobytes.
    static let capacity = 256

    private static let kept = NIOLockedValueBox(RecentlyRead<Key, Halves>(capacity: capacity))

    static func halves(_ main: RenderedMain, context: PageContext, make: () -> Halves) -> Halves {
        let key = Key(main, context)
        if let known = kept.withLockedValue({ $0.read(key) }) { return known }
        let made = make()
        kept.withLockedValue { $0.keep(made, for: key) }
        return made
    }
}
