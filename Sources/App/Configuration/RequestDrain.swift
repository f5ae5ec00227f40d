import NIOConcurrencyHelpers
import Vapor

/// Lets requests that are still running when the server is told to stop finish before the
/// database closes. Without it, a request that reached the database after the pools had shut
/// down ended the process on a trap inside Fluent (seen with 32 clients and a SIGTERM). The
/// wait is bounded: a stop never waits more than `patience`.
final class RequestDrain: AsyncMiddleware, LifecycleHandler, Sendable {
    static let patience: Duration = .seconds(15)

    private let running = NIOLockedValueBox(0)

    var inFlight: Int { running.withLockedValue { $0 } }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        running.withLockedValue { $0 += 1 }
        defer { running.withLockedValue { $0 -= 1 } }
        return try await next.respond(to: request)
    }

    func shutdownAsync(_ app: Application) async {
        let deadline = ContinuousClock.now + Self.patience
        while inFlight > 0, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        if inFlight > 0 { app.logger.warning("Stopping with \(inFlight) request(s) still running after \(Self.patience).") }
    }
}
