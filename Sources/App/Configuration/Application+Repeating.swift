import NIOCore
import Vapor

extension Application {
    /// Runs `work` as a task after `initialDelay` and then every `delay` after the last run
    /// ended, while the server runs: the outbox, the retention sweep and the closed waves'
    /// results. `work` handles its own errors; a run never overlaps the one before.
    func repeatInBackground(after initialDelay: TimeAmount, every delay: TimeAmount, _ work: @escaping @Sendable () async -> Void) {
        eventLoopGroup.next().scheduleRepeatedAsyncTask(initialDelay: initialDelay, delay: delay) { [self] _ in
            eventLoopGroup.next().makeFutureWithTask(work)
        }
    }
}
