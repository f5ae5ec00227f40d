import Foundation

/// Signed-in pages under concurrency, measured with `wrk` (Debian's package) as an independent
/// client: requests/s, p50 and p99 at 32 connections for `/healthz` without and with the
/// session cookie (what the session check costs) and for the pages managers open together.
/// Skipped, with a line saying so, when `wrk` is not installed.
struct ConcurrentPages {
    let base: String
    let cookie: String
    let seconds: Int

    struct Figure {
        let name: String
        let requestsPerSecond: Double
        let p50: Double
        let p99: Double
    }

    static var wrk: String? {
        ["/usr/bin/wrk", "/usr/local/bin/wrk"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    func run(pages: [(String, String)]) throws -> [Figure]? {
        guard let wrk = Self.wrk else {
            print("wrk is not installed (apt-get install wrk): no figures under concurrency")
            return nil
        }
        var figures: [Figure] = []
        let all = [("health, no cookie", "/healthz", false), ("health, signed in", "/healthz", true)] + pages.map { ($0.0, $0.1, true) }
        for (name, path, signedIn) in all {
            var arguments = ["-t2", "-c32", "-d\(seconds)s", "--latency"]
            if signedIn { arguments += ["-H", "Cookie: \(cookie)"] }
            let output = try Self.capture(wrk, arguments + [base + path])
            guard let figure = Self.parse(output, name: name) else { throw ReportBenchmark.Failure("wrk printed no figures for \(path)") }
            figures.append(figure)
        }
        return figures
    }

    static func report(_ figures: [Figure]) {
        print("32 connections (wrk -t2 -c32)   requests/s    p50 ms    p99 ms")
        for f in figures {
            print(
                f.name.padding(toLength: 30, withPad: " ", startingAt: 0)
                    + String(format: " %11.0f %9.1f %9.1f", f.requestsPerSecond, f.p50, f.p99))
        }
    }

    /// "Requests/sec: 1234.56" and the latency distribution's 50% and 99% lines.
    static func parse(_ output: String, name: String) -> Figure? {
        let lines = output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        func latency(_ label: String) -> Double? {
            guard let line = lines.first(where: { $0.hasPrefix(label) }) else { return nil }
            return milliseconds(String(line.dropFirst(label.count)).trimmingCharacters(in: .whitespaces))
        }
        guard
            let rate = lines.first(where: { $0.hasPrefix("Requests/sec:") })
                .flatMap({ Double($0.dropFirst("Requests/sec:".count).trimmingCharacters(in: .whitespaces)) }),
            let p50 = latency("50%"), let p99 = latency("99%")
        else { return nil }
        return Figure(name: name, requestsPerSecond: rate, p50: p50, p99: p99)
    }

    /// wrk prints "812.00us", "3.21ms" or "1.02s".
    static func milliseconds(_ text: String) -> Double? {
        for (unit, factor) in [("us", 0.001), ("ms", 1.0), ("s", 1000.0)] where text.hasSuffix(unit) {
            return Double(text.dropLast(unit.count)).map { $0 * factor }
        }
        return nil
    }

    private static func capture(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
