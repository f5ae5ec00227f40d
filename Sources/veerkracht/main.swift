import App
import Foundation
import Logging
import Vapor

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
