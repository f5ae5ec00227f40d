import NIOConcurrencyHelpers
import Vapor

/// Work a server repeats in the background (the outbox, the retention sweep, the closed waves'
/// results), stopped when the server stops: before Fluent closes its pools, since a run that
/// asked for a database after that would end the process on Fluent's force unwrap, and only
/// once the run in progress has ended. A run never overlaps the one before.
final class BackgroundRepeats: Sendable {
    private struct State {
        var stopped = false
        var tasks: [Task<Void, Never>] = []
    }

    private let state = NIOLockedValueBox(State())

    /// Runs `work` after `initialDelay`, then again `delay` after each run ended, until `stop`.
    /// `work` handles its own errors; it may look at `Task.isCancelled` to end a long run early.
    func start(after initialDelay: Duration, every delay: Duration, _ work: @escaping @Sendable () async -> Void) {
        let task = Task {
            try? await Task.sleep(for: initialDelay)
            while !Task.isCancelled {
                await work()
                try? await Task.sleep(for: delay)
            }
        }
        let stopped = state.withLockedValue { state in
            if !state.stopped { state.tasks.append(task) }
            return state.stopped
        }
        if stopped { task.cancel() }
    }

    /// Ends every repeat: a waiting one at once, a running one when its run returns.
    func stop() async {
        let running = state.withLockedValue { state in
            state.stopped = true
            defer { state.tasks = [] }
            return state.tasks
        }
        for task in running { task.cancel() }
        for task in running { await task.value }
    }
}

/// Stops the background repeats when the server stops; registered after the databases, so it
/// runs before Fluent's own shutdown.
struct BackgroundRepeatsShutdown: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        await application.veerkracht.backgroundRepeats.stop()
    }
}

extension Application {
    /// See `BackgroundRepeats.start`.
    func repeatInBackground(after initialDelay: Duration, every delay: Duration, _ work: @escaping @Sendable () async -> Void) {
        veerkracht.backgroundRepeats.start(after: initialDelay, every: delay, work)
    }
}
