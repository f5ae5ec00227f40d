import NIOConcurrencyHelpers
import Vapor

/// Lets requests that are still running when the server is told to stop finish before the
/// database closes. Without it, a request that reached the database after the pools had shut
/// down ended the process on a trap inside Fluent (seen with 32 clients and a SIGTERM). The
/// wait is bounded: a stop never waits more than `patience`.
///
/// Vapor closes the listening socket only after the pools have shut down, so requests keep
/// arriving while the server stops (a load balancer's health checks do every second). Once
/// the stop has begun each new one is answered 503 here, before anything reads the database:
/// one such check reaching Fluent after its pools closed had ended the process, which then
/// held its port for the seconds its crash report took, and a server started in its place
/// could not listen.
/// A future-based middleware: it runs on every request, and an async one would start a task
/// for each.
final class RequestDrain: Middleware, LifecycleHandler, Sendable {
    static let patience: Duration = .seconds(15)

    private let state = NIOLockedValueBox((running: 0, stopping: false))

    var inFlight: Int { state.withLockedValue { $0.running } }
    var isStopping: Bool { state.withLockedValue { $0.stopping } }

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let admitted = state.withLockedValue { state in
            if !state.stopping { state.running += 1 }
            return !state.stopping
        }
        guard admitted else {
            let response = Response(status: .serviceUnavailable, body: .init(string: "the server is stopping\n"))
            response.headers.replaceOrAdd(name: .connection, value: "close")
            return request.eventLoop.makeSucceededFuture(response)
        }
        return next.respond(to: request).always { [state] _ in state.withLockedValue { $0.running -= 1 } }
    }

    func shutdownAsync(_ app: Application) async {
        state.withLockedValue { $0.stopping = true }
        let deadline = ContinuousClock.now + Self.patience
        while inFlight > 0, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        if inFlight > 0 { app.logger.warning("Stopping with \(inFlight) request(s) still running after \(Self.patience).") }
    }
}
