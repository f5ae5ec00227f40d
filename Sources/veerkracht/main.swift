import App
import Foundation
import Logging
import NIOCore
import NIOPosix
import Vapor

// Swift's tasks run on the server's event loops instead of a second pool of threads, so a
// request changes threads less often between being read, handled and answered: on these two
// cores that took a tenth more submitted scans per second (Benchmarks/ingest.sh). It has to
// happen before any task starts. Nothing waits on an event loop: database work runs on the
// drivers' and Veerkracht's own threads, password hashing on `ComputeThreads`, mail in a
// process of its own.
let tasksRunOnEventLoops = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()

// Configuration comes first: a wrong setting stops the start with one message listing them all.
let configuration: AppConfiguration
do {
    configuration = try AppConfiguration(environment: ProcessInfo.processInfo.environment)
} catch {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(1)
}

var environment = try Environment.detect()
LoggingSystem.bootstrap { label in
    var handler = StreamLogHandler.standardOutput(label: label)
    handler.logLevel = configuration.logLevel
    return handler
}
let app = try await Application.make(environment)
if !tasksRunOnEventLoops { app.logger.notice("Swift tasks run on their own threads: slower, but correct") }
do {
    try configure(app, with: configuration)
    if Application.isServe(environment.arguments) { try await app.prepareToServe() }
    try await app.execute()
    try await app.asyncShutdown()
} catch {
    app.logger.critical("\(String(describing: error))")
    try? await app.asyncShutdown()
    exit(1)
}
