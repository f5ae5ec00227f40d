import Fluent
import Vapor

/// On PostgreSQL, the databases a respondent's submit asks for, one per event loop, made once
/// at start. `req.db` makes a new one on every call (a lock, a look-up by id, the driver's
/// `makeDatabase` with its generic metadata): a twentieth of the server's time per submit,
/// which asks twice (its link, its group). Each is bound to its loop's own connections, as
/// `req.db` would be; only its logger is the application's instead of the request's.
struct PostgresByLoop: Sendable {
    private let shared: [ObjectIdentifier: any Database]
    private let groups: [ObjectIdentifier: any Database]

    /// Nil unless the application's database is PostgreSQL.
    init?(_ app: Application, location: AppConfiguration.DatabaseLocation) {
        guard case .postgres = location else { return nil }
        var shared: [ObjectIdentifier: any Database] = [:]
        var groups: [ObjectIdentifier: any Database] = [:]
        for loop in app.eventLoopGroup.makeIterator() {
            shared[ObjectIdentifier(loop)] = app.databases.database(.psql, logger: app.logger, on: loop)
            groups[ObjectIdentifier(loop)] = app.databases.database(.submissionGroups, logger: app.logger, on: loop)
        }
        self.shared = shared
        self.groups = groups
    }

    /// The usual pool's database for `loop`; nil for a loop not of the application's group.
    func shared(on loop: any EventLoop) -> (any Database)? { shared[ObjectIdentifier(loop)] }

    /// The submission writer's pool's database for `loop` (see `Request.submissionGroupsDatabase`).
    func groups(on loop: any EventLoop) -> (any Database)? { groups[ObjectIdentifier(loop)] }
}
