import NIOConcurrencyHelpers
import Vapor

/// Lets requests that are still running when the server is told to stop finish before the
/// database closes. Without it, a request that reached the database after the pools had shut
/// down ended the process on a trap inside Fluent (seen with 32 clients and a SIGTERM). The
/// wait is bounded: a stop never waits more than `patience`.
/// A future-based middleware: it runs on every request, and an async one would start a task
/// for each.
final class RequestDrain: Middleware, LifecycleHandler, Sendable {
    static let patience: Duration = .seconds(15)

    private let running = NIOLockedValueBox(0)

    var inFlight: Int { running.withLockedValue { $0 } }

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        running.withLockedValue { $0 += 1 }
        return next.respond(to: request).always { [running] _ in running.withLockedValue { $0 -= 1 } }
    }

    func shutdownAsync(_ app: Application) async {
        let deadline = ContinuousClock.now + Self.patience
        while inFlight > 0, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        if inFlight > 0 { app.logger.warning("Stopping with \(inFlight) request(s) still running after \(Self.patience).") }
    }
}
