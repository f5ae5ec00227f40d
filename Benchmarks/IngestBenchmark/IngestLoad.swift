import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import VeerkrachtCore

/// Submits one complete response per token over HTTP from `concurrency` workers, each on its
/// own kept-alive connection, and times every request.
struct IngestLoad {
    let baseURL: String
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

    /// The thirty answers of the learning-preference scan, varied per response.
    static func body(_ index: Int) -> String {
        LearningPreferenceScan.version1.items.enumerated()
            .map { "\($1.code)=\(1 + (index + $0 * 7) % 5)" }.joined(separator: "&")
    }

    func run(tokens: [String]) async throws -> Result {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: concurrency)
        configuration.redirectConfiguration = .disallow
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let next = Counter()
        let clock = ContinuousClock()
        let start = clock.now
        let parts = try await withThrowingTaskGroup(of: Result.self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    var part = Result()
                    while let index = await next.take(below: tokens.count) {
                        var request = HTTPClientRequest(url: "\(baseURL)/s/\(tokens[index])/submit")
                        request.method = .POST
                        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
                        request.body = .bytes(ByteBuffer(string: Self.body(index)))
                        let sent = clock.now
                        do {
                            let response = try await client.execute(request, timeout: .seconds(30))
                            _ = try await response.body.collect(upTo: 1 << 20)
                            // The form answers a stored response with a redirect to the thanks page.
                            if response.status == .seeOther {
                                part.acknowledged += 1
                                part.latencies.append((clock.now - sent) / .seconds(1))
                            } else {
                                part.failed += 1
                                part.firstError = part.firstError ?? "HTTP \(response.status.code)"
                            }
                        } catch {
                            // The server is gone (or the network is): every later request
                            // would wait out the client's reconnect back-off, so this worker stops.
                            part.failed += 1
                            part.firstError = part.firstError ?? "\(error)"
                            break
                        }
                    }
                    return part
                }
            }
            var all: [Result] = []
            for try await part in group { all.append(part) }
            return all
        }
        var result = Result()
        result.seconds = (clock.now - start) / .seconds(1)
        for part in parts {
            result.latencies += part.latencies
            result.acknowledged += part.acknowledged
            result.failed += part.failed
            result.firstError = result.firstError ?? part.firstError
        }
        try await client.shutdown()
        return result
    }
}

/// Hands out the next token index to whichever worker is free.
actor Counter {
    private var value = 0
    func take(below limit: Int) -> Int? {
        guard value < limit else { return nil }
        defer { value += 1 }
        return value
    }
}
