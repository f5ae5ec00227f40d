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

        var rate: Double { Double(acknowledged) / seconds }

        /// `baseline`: the same load on a route that does nothing, run right after, so a
        /// reader can tell a slow machine from a slow server.
        func report(wave: UUID, concurrency: Int, baseline: Result) {
            let sorted = latencies.sorted()
            func percentile(_ p: Double) -> Double {
                sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)] * 1000
            }
            print("acknowledged \(acknowledged), failed \(failed) in \(String(format: "%.2f", seconds)) s")
            if let firstError { print("first failure: \(firstError)") }
            print(
                String(
                    format:
                        #"{"wave":"%@","concurrency":%d,"responses":%d,"failed":%d,"responses_per_second":%.0f,"p50_ms":%.2f,"p99_ms":%.2f,"baseline_requests_per_second":%.0f,"share_of_baseline":%.3f}"#,
                    wave.uuidString, concurrency, acknowledged, failed, rate, percentile(0.5), percentile(0.99),
                    baseline.rate, baseline.acknowledged > 0 ? rate / baseline.rate : 0))
        }
    }

    /// `url` as `http://127.0.0.1:8080`: the load generator speaks plain HTTP to an IPv4 address.
    init?(url: String, concurrency: Int) {
        guard let components = URLComponents(string: url), components.scheme == "http",
            let host = components.host, let port = components.port
        else { return nil }
        self.host = host
        self.port = port
        self.concurrency = concurrency
    }

    /// The thirty answers of the learning-preference scan, varied per response.
    static func body(_ index: Int) -> String {
        LearningPreferenceScan.version1.items.enumerated()
            .map { "\($1.code)=\(1 + (index + $0 * 7) % 5)" }.joined(separator: "&")
    }

    func submit(token: String, index: Int) -> [UInt8] {
        let body = Self.body(index)
        return Array(
            """
            POST /s/\(token)/submit HTTP/1.1\r
            Host: \(host):\(port)\r
            Content-Type: application/x-www-form-urlencoded\r
            Content-Length: \(body.utf8.count)\r
            \r
            \(body)
            """.utf8)
    }

    /// Submits one complete response per token; the form answers a stored one with a redirect.
    func run(tokens: [String]) -> Result {
        run(count: tokens.count, expecting: 303) { submit(token: tokens[$0], index: $0) }
    }

    /// `count` requests for the version route, which reads nothing and writes nothing.
    func baseline(count: Int) -> Result {
        let request = Array("GET /version HTTP/1.1\r\nHost: \(host):\(port)\r\n\r\n".utf8)
        return run(count: count, expecting: 200) { _ in request }
    }

    private func run(count: Int, expecting expected: Int, request: @escaping @Sendable (Int) -> [UInt8]) -> Result {
        let next = TokenDealer(count: count)
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
                        let bytes = request(index)
                        let sent = clock.now
                        let status = try connection.send(bytes)
                        if status == expected {
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
// Unchecked: `next` is read and written under `lock` only.
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
