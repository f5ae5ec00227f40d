import Crypto
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// A page's own part, rendered: what `Layout.frame` puts inside `<main>`.
struct RenderedMain: Sendable {
    let title: String
    let html: String
    let isWide: Bool
    let organisationID: UUID?
}

/// A kept part with forms: rendered once with a stand-in where each form carries the reader's
/// token, and cut there, so every reader's token goes in by joining the pieces.
struct KeptMain: Sendable {
    /// Random per process and never sent: nobody can type it into a name to have it replaced.
    static let formTokenStandIn = "kept-form-token-" + SecureToken.generate()

    let main: RenderedMain
    private let pieces: [String]
    /// The part's bytes hashed once, as kept: a reader's ETag hashes the frame, this and the
    /// form token instead of the whole page (hashing a large page was a tenth of its request).
    private let digest: SHA256Digest

    init(_ main: RenderedMain) {
        self.main = main
        pieces = main.html.components(separatedBy: Self.formTokenStandIn)
        digest = SHA256.hash(data: Data(main.html.utf8))
    }

    /// The whole page as `context`'s reader sees it, with its strong ETag: the frame for the
    /// reader around the part, each stand-in replaced by the reader's form token.
    func framed(for context: PageContext) -> (body: ByteBuffer, tag: String) {
        let (before, after) = Layout.frameHalves(main, context: context)
        let token = pieces.count > 1 ? context.csrfToken : ""
        var body = ByteBuffer()
        body.reserveCapacity(before.utf8.count + main.html.utf8.count + (pieces.count - 1) * token.utf8.count + after.utf8.count)
        body.writeSubstring(before)
        for (index, piece) in pieces.enumerated() {
            if index > 0 { body.writeString(token) }
            body.writeString(piece)
        }
        body.writeSubstring(after)
        // Each varying text after its length: the tag changes with any byte of the page.
        var hash = SHA256()
        for text in [String(before), token, String(after)] {
            hash.update(data: Data("\(text.utf8.count):".utf8))
            hash.update(data: Data(text.utf8))
        }
        hash.update(data: Data(digest))
        return (body, StrongETag.tag(hash.finalize()))
    }
}

/// How a browser may keep a kept page: asking again before it shows it (a strong ETag), or not
/// at all, for pages with people's personal data on them (a shared computer keeps nothing).
enum KeptPageCaching: Sendable {
    case revalidate
    case never
}

/// The rendered own parts of pages that every reader with the same key sees alike: a closed
/// wave's results, heatmap and item pages are the same bytes for every reader of the same role
/// and language until its responses, its units or the wave itself change. Rendering them took
/// most of such a request (20–50 ms at 100,000 respondents); the frame around them (the
/// reader's own header) is rendered per request. Keys name everything a part depends on, so a
/// change is a new key and nothing needs to be dropped; the bound drops what nobody reads.
///
/// A lock, not an actor: every kept page asks twice, and under 32 connections the hops onto one
/// actor made some requests wait behind all the others (p99 in the hundreds of milliseconds).
final class KeptPages: Sendable {
    private struct Kept {
        var pages: RecentlyRead<String, KeptMain>
        var downloads: RecentlyRead<String, ByteBuffer>
        var renders = 0
    }

    private let state: NIOLockedValueBox<Kept>

    /// How many parts were rendered here rather than read: tests count them.
    var renders: Int { state.withLockedValue { $0.renders } }

    init(capacity: Int = 64) {
        state = NIOLockedValueBox(Kept(pages: RecentlyRead(capacity: capacity), downloads: RecentlyRead(capacity: capacity / 4)))
    }

    func read(_ key: String) -> KeptMain? { state.withLockedValue { $0.pages.read(key) } }

    func keep(_ main: KeptMain, for key: String) {
        state.withLockedValue {
            $0.renders += 1
            $0.pages.keep(main, for: key)
        }
    }

    /// Forgets every kept part; tests use it to have a page made again.
    func forgetAll() {
        state.withLockedValue {
            $0.pages.removeAll()
            $0.downloads.removeAll()
        }
    }

    func readDownload(_ key: String) -> ByteBuffer? { state.withLockedValue { $0.downloads.read(key) } }

    func keepDownload(_ bytes: ByteBuffer, for key: String) {
        state.withLockedValue {
            $0.renders += 1
            $0.downloads.keep(bytes, for: key)
        }
    }
}

extension Request {
    /// A page whose own part is the same for every reader with the same `key`: read from
    /// `KeptPages` when it was rendered before, else made with `make` (the figures come through
    /// the disclosure reader then, as on every page) and kept. Answers with a strong ETag, so a
    /// browser that holds the page gets 304 (unless `caching` says it keeps nothing).
    func keptPage(_ key: String, caching: KeptPageCaching = .revalidate, _ make: () async throws -> some Page) async throws
        -> Response
    {
        let key = key + "|" + language.rawValue
        let kept: KeptMain
        if let known = application.keptPages.read(key) {
            kept = known
        } else {
            let page = try await make()
            // Rendered without the reader (no account, a stand-in for the form token): what is
            // kept for everyone can carry nothing of the one who happened to ask first.
            let anyone = PageContext(
                language: language, strings: strings, user: nil, organisationID: page.frameOrganisationID,
                csrfToken: KeptMain.formTokenStandIn, path: "")
            kept = KeptMain(Layout.main(page, context: anyone))
            application.keptPages.keep(kept, for: key)
        }
        let (body, tag) = kept.framed(for: pageContext(organisationID: kept.main.organisationID))
        switch caching {
        case .revalidate: return StrongETag.response(body, tag: tag, contentType: .html, for: self)
        case .never: return Layout.response(body: body, status: .ok)
        }
    }
}

extension Request {
    /// A CSV download that is the same for every reader with the same `key` (nil: made each
    /// time), kept like a page and answered with a strong ETag.
    func keptDownload(_ key: String?, name: String, _ make: () -> ByteBuffer) async -> Response {
        guard let key else { return CSVDownload.response(name: name, body: .init(buffer: make())) }
        let keyed = key + "|" + language.rawValue
        let bytes: ByteBuffer
        if let kept = application.keptPages.readDownload(keyed) {
            bytes = kept
        } else {
            bytes = make()
            application.keptPages.keepDownload(bytes, for: keyed)
        }
        let response = StrongETag.response(bytes, contentType: CSVDownload.contentType, for: self)
        response.headers.replaceOrAdd(name: .contentDisposition, value: CSVDownload.disposition(name))
        return response
    }
}
