import Logging
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit

/// Spells SQLKit expressions in SQLite's dialect for the direct connections, which run the
/// text themselves. It runs nothing: asking a request for its database only to spell a
/// statement cost a fortieth of a submitted scan.
struct SQLiteSpelling: SQLDatabase {
    static let shared = SQLiteSpelling()

    let logger = Logger(label: "veerkracht.sqlite-spelling")
    let eventLoop: any EventLoop = MultiThreadedEventLoopGroup.singleton.any()
    let version: (any SQLDatabaseReportedVersion)? = nil
    let dialect: any SQLDialect = SQLiteDialect()
    let queryLogLevel: Logger.Level? = nil

    struct CannotRun: Error {}

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        eventLoop.makeFailedFuture(CannotRun())
    }
}
