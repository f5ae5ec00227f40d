import Foundation
import NIOConcurrencyHelpers

/// Whether the caches filled at start (`CacheWarming`) are ready, for `/readyz`: a load
/// balancer that checks it sends a restarted server its first visitors only once their pages
/// come from memory. Without a warming (the commands, the tests) a server is ready at once.
final class StartUpWarmth: Sendable {
    /// However long the warming takes, a server says it is ready this long after it started: a
    /// million respondents take minutes to load, and servers restarted together must not all
    /// stay out of the balancer for that long. Their first visitors then wait for the load.
    static let limit: TimeInterval = 30

    private let state = NIOLockedValueBox<(started: Date?, finished: Bool)>((nil, false))

    func start(at moment: Date) { state.withLockedValue { $0 = (moment, false) } }

    /// Also after a warming that failed: the first requests load what they need themselves.
    func finish() { state.withLockedValue { $0.finished = true } }

    func isReady(at now: Date) -> Bool {
        state.withLockedValue { state in
            guard let started = state.started, !state.finished else { return true }
            return now.timeIntervalSince(started) >= Self.limit
        }
    }
}
