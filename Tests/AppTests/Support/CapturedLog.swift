import Logging
import NIOConcurrencyHelpers

/// Every line an application logs, with its metadata, for tests that check what a log says
/// and what it must never say. Install with `app.logger = log.logger`.
final class CapturedLog: Sendable {
    private let lines = NIOLockedValueBox<[String]>([])
    let level: Logger.Level

    init(level: Logger.Level) { self.level = level }

    var all: [String] { lines.withLockedValue { $0 } }

    var logger: Logger {
        Logger(label: "test") { _ in Handler(lines: self.lines, logLevel: self.level) }
    }

    private struct Handler: LogHandler {
        let lines: NIOLockedValueBox<[String]>
        var logLevel: Logger.Level
        var metadata: Logger.Metadata = [:]

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(
            level: Logger.Level, message: Logger.Message, metadata extra: Logger.Metadata?, source: String, file: String,
            function: String, line: UInt
        ) {
            let all = self.metadata.merging(extra ?? [:]) { _, new in new }
            let text = "\(level) \(message) " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            lines.withLockedValue { $0.append(text) }
        }
    }
}
