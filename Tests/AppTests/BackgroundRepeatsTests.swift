import Dispatch
import NIOConcurrencyHelpers
import Testing
import Vapor

@testable import App

/// The outbox, the retention sweep and the closed waves' results repeat in the background; a
/// stopping server ends them before its databases close, after the run in progress.
@Suite struct BackgroundRepeatsTests {
    /// A run that cannot be cut short, as a database statement: it ends 300 ms after it began.
    private static func runThatCannotBeCut() async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(300)) { done.resume() }
        }
    }

    @Test func aStoppingServerWaitsForTheRunInProgressAndStartsNoOther() async throws {
        let app = try await Application.make(.testing)
        try configure(app, with: .testing())
        let runs = NIOLockedValueBox((started: 0, ended: 0))
        app.repeatInBackground(after: .zero, every: .milliseconds(10)) {
            runs.withLockedValue { $0.started += 1 }
            await Self.runThatCannotBeCut()
            runs.withLockedValue { $0.ended += 1 }
        }
        while runs.withLockedValue({ $0.started }) == 0 { try await Task.sleep(for: .milliseconds(5)) }
        try await app.asyncShutdown()
        let atShutdown = runs.withLockedValue { $0 }
        #expect(atShutdown.started == atShutdown.ended)
        try await Task.sleep(for: .milliseconds(100))
        #expect(runs.withLockedValue { $0.started } == atShutdown.started)
    }

    @Test func aRepeatStartedAfterTheStopNeverRuns() async throws {
        let repeats = BackgroundRepeats()
        await repeats.stop()
        let ran = NIOLockedValueBox(false)
        repeats.start(after: .zero, every: .milliseconds(1)) { ran.withLockedValue { $0 = true } }
        try await Task.sleep(for: .milliseconds(100))
        #expect(!ran.withLockedValue { $0 })
    }
}
