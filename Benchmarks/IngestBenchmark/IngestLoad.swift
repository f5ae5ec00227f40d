import Foundation
import VeerkrachtCore

/// Submits one complete response per token over HTTP from `concurrency` threads, each on its
/// own kept-alive connection, and times every request.
struct IngestLoad {
    let host: String
    let port: Int
    let concurrency: Int

    struct Result {
        var latencies: [Double] = []
        var acknowledged = 0
        var failed = 0
        var firstError: String?
        var seconds = 0.0

        func report(wave: UUID, concurrency: Int) {
            let sorted = latencies.sorted()
            func percentile(_ p: Double) -> Double {
                sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)] * 1000
            }
            let rate = Double(acknowledged) / seconds
            print("acknowledged \(acknowledged), failed \(failed) in \(String(format: "%.2f", seconds)) s")
            if let firstError { print("first failure: \(firstError)") }
            print(String(format: #"{"wave":"%@","concurrency":%d,"responses":%d,"failed":%d,"responses_per_second":%.0f,"p50_ms":%.2f,"p99_ms":%.2f}"#,
                         wave.uuidString, concurrency, acknowledged, failed, rate, percentile(0.5), percentile(0.99)))
        }
    }

    /// `url` as `http://127.0.0.1:8080`: the load generator speaks plain HTTP to an IPv4 address.
    init?(url: String, concurrency: Int) {
        guard let components = URLComponents(string: url), components.scheme == "http",
              let host = components.host, let port = components.port else { return nil }
        self.host = host
        self.port = port
        self.concurrency = concurrency
    }

    /// The thirty answers of the learning-preference scan, varied per response.
    static func body(_ index: Int) -> String {
        LearningPreferenceScan.version1.items.enumerated()
            .map { "\($1.code)=\(1 + (index + $0 * 7) % 5)" }.joined(separator: "&")
    }

    func request(token: String, index: Int) -> [UInt8] {
        let body = Self.body(index)
        return Array("""
            POST /s/\(token)/submit HTTP/1.1\r
            Host: \(host):\(port)\r
            Content-Type: application/x-www-form-urlencoded\r
            Content-Length: \(body.utf8.count)\r
            \r
            \(body)
            """.utf8)
    }

    func run(tokens: [String]) -> Result {
        let next = TokenDealer(count: tokens.count)
        let parts = (0..<concurrency).map { _ in ResultBox() }
        let done = DispatchGroup()
        let clock = ContinuousClock()
        let start = clock.now
        for part in parts {
            done.enter()
            let worker = Thread {
                defer { done.leave() }
                do {
                    let connection = try PlainHTTPConnection(host: host, port: port)
                    while let index = next.take() {
                        let request = request(token: tokens[index], index: index)
                        let sent = clock.now
                        // The form answers a stored response with a redirect to the thanks page.
                        let status = try connection.send(request)
                        if status == 303 {
                            part.result.acknowledged += 1
                            part.result.latencies.append((clock.now - sent) / .seconds(1))
                        } else {
                            part.result.failed += 1
                            part.result.firstError = part.result.firstError ?? "HTTP \(status)"
                        }
                    }
                } catch {
                    // The server is gone (or the network is): this worker stops.
                    part.result.failed += 1
                    part.result.firstError = part.result.firstError ?? "\(error)"
                }
            }
            worker.start()
        }
        done.wait()
        var result = Result()
        result.seconds = (clock.now - start) / .seconds(1)
        for part in parts.map(\.result) {
            result.latencies += part.latencies
            result.acknowledged += part.acknowledged
            result.failed += part.failed
            result.firstError = result.firstError ?? part.firstError
        }
        return result
    }
}

/// One worker's tally; only its own thread writes it, and it is read after all have finished.
private final class ResultBox: @unchecked Sendable {
    var result = IngestLoad.Result()
}

/// Hands out the next token index to whichever worker is free.
private final class TokenDealer: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int

    init(count: Int) { self.count = count }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}
