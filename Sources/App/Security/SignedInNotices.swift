import FluentPostgresDriver
import Foundation
import PostgresNIO
import SQLKit
import Vapor

/// How servers on one PostgreSQL database keep their `SignedInCache` exact: a request that may
/// change a session or an account sends a notification (`NOTIFY`, one round trip, delivered
/// when its transaction ends), and every server listens on a connection of its own and forgets
/// what it remembers when one comes. While a server does not listen (at its start, after the
/// connection broke) it keeps nothing and reads every session from the database, so a missed
/// notification never keeps a signed-out session alive.
///
/// One channel for the whole database: tests that give each application its own schema hear
/// each other's notifications, which only makes them forget more often.
enum SignedInNotices {
    static let channel = "veerkracht_signed_in"

    /// Whether this application keeps a cache that other servers' changes must reach.
    static func isNeeded(_ configuration: AppConfiguration) -> Bool {
        guard configuration.signedInCacheLifetime > 0, case .postgres = configuration.database else { return false }
        return true
    }

    /// Tells the other servers to forget; a failure is logged, never the request's: their
    /// entries then end with their lifetime.
    static func tell(_ request: Request) -> EventLoopFuture<Void> {
        guard isNeeded(request.application.configuration) else { return request.eventLoop.makeSucceededVoidFuture() }
        return request.db.sql.raw("NOTIFY \(unsafeRaw: channel)").run().flatMapErrorWithEventLoop { error, loop in
            request.logger.warning("Could not tell the other servers to forget signed-in sessions: \(error)")
            return loop.makeSucceededVoidFuture()
        }
    }

    /// Listens until the connection ends or the server stops; the cache keeps entries only
    /// while it does.
    static func listen(_ application: Application) async {
        guard case .postgres(let url, _) = application.configuration.database else { return }
        let cache = application.signedInCache
        defer { cache.stopRemembering() }
        do {
            var configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
            configuration.options.additionalStartupParameters = [("application_name", application.veerkracht.noticesConnectionName)]
            let connection = try await PostgresConnection.connect(
                on: application.eventLoopGroup.any(), configuration: configuration, id: 0, logger: application.logger)
            var broken: (any Error)?
            do {
                try await withTaskCancellationHandler {
                    try Task.checkCancellation()
                    try await connection.listen(on: channel) { notifications in
                        cache.startRemembering()
                        for try await _ in notifications { cache.forgetAll() }
                    }
                } onCancel: {
                    connection.close().whenComplete { _ in }
                }
            } catch {
                broken = error
            }
            // Closed on every way out: PostgresNIO asserts that a connection is closed before it goes.
            try? await connection.close().get()
            if let broken { throw broken }
        } catch {
            if !Task.isCancelled {
                application.logger.warning(
                    "Not hearing other servers' sign-outs; reading every session meanwhile: \(String(reflecting: error))")
            }
        }
    }
}

/// Keeps a server listening while it runs, starting again a second after the connection ends.
struct SignedInNoticesLifecycle: LifecycleHandler {
    func didBoot(_ application: Application) throws {
        application.repeatInBackground(after: .zero, every: .seconds(1)) { await SignedInNotices.listen(application) }
    }
}
