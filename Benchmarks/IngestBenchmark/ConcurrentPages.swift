import Foundation

/// Signed-in pages under concurrency, measured with `wrk` (Debian's package) as an independent
/// client: requests/s, p50 and p99 at 32 connections for `/healthz` without and with the
/// session cookie (what the session check costs) and for every page an advisor opens, with the
/// server's own CPU time per request (from /proc, less moved by the shared machine than the
/// rate). Skipped, with a line saying so, when `wrk` is not installed.
struct ConcurrentPages {
    let base: String
    let cookie: String
    let seconds: Int
    /// The server's process, whose CPU time is read around each run.
    let server: Int32

    struct Figure {
        let name: String
        let requestsPerSecond: Double
        let p50: Double
        let p99: Double
        var cpuMicroseconds: Double?
    }

    /// The target of issue 20: every signed-in page answers within this at 32 connections.
    static let p99Target = 50.0

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
            let before = Self.cpuSeconds(of: server)
            let output = try Self.capture(wrk, arguments + [base + path])
            let after = Self.cpuSeconds(of: server)
            guard var figure = Self.parse(output, name: name) else { throw ReportBenchmark.Failure("wrk printed no figures for \(path)") }
            if let before, let after, let count = Self.requestCount(output), count > 0 {
                figure.cpuMicroseconds = (after - before) / Double(count) * 1_000_000
            }
            figures.append(figure)
        }
        return figures
    }

    /// What a signed-in do-nothing request costs beyond an anonymous one, as a share of it: the
    /// median of `rounds` pairs of short runs, since one pair moves by ±10% with whatever else
    /// this shared machine does. Every other pair runs the signed-in half first, so that a drift
    /// of the machine within a pair (or a run that warms the next) does not always land on the
    /// same half. Printed with every round, by server CPU and by rate.
    func sessionShare(rounds: Int = 7) throws {
        guard let wrk = Self.wrk else { return }
        var byCPU: [Double] = []
        var byRate: [Double] = []
        for round in 0..<rounds {
            var pair: [Bool: (rate: Double, cpu: Double?)] = [:]
            for signedIn in round.isMultiple(of: 2) ? [false, true] : [true, false] {
                var arguments = ["-t2", "-c32", "-d3s"]
                if signedIn { arguments += ["-H", "Cookie: \(cookie)"] }
                let before = Self.cpuSeconds(of: server)
                let output = try Self.capture(wrk, arguments + [base + "/healthz"])
                let after = Self.cpuSeconds(of: server)
                guard let rate = Self.rate(output), let count = Self.requestCount(output), count > 0 else {
                    throw ReportBenchmark.Failure("wrk printed no figures for /healthz")
                }
                pair[signedIn] = (rate, before.flatMap { b in after.map { ($0 - b) / Double(count) } })
            }
            guard let plain = pair[false], let signedIn = pair[true] else { continue }
            byRate.append((plain.rate / signedIn.rate - 1) * 100)
            if let plainCPU = plain.cpu, let signedInCPU = signedIn.cpu { byCPU.append((signedInCPU / plainCPU - 1) * 100) }
        }
        func line(_ shares: [Double]) -> String {
            let sorted = shares.sorted()
            guard !sorted.isEmpty else { return "no figures" }
            return String(format: "median %.1f%%", sorted[sorted.count / 2]) + " ("
                + shares.map { String(format: "%.1f", $0) }.joined(separator: ", ") + ")"
        }
        print("session check, \(rounds) pairs of 3 s on /healthz, each other pair signed in first (target ≤ 10%):")
        if !byCPU.isEmpty { print("  by server CPU: " + line(byCPU)) }
        print("  by rate:       " + line(byRate))
    }

    static func report(_ figures: [Figure]) {
        print("32 connections (wrk -t2 -c32)   requests/s    p50 ms    p99 ms   server CPU µs/request")
        for f in figures {
            print(
                f.name.padding(toLength: 30, withPad: " ", startingAt: 0)
                    + String(format: " %11.0f %9.1f %9.1f", f.requestsPerSecond, f.p50, f.p99)
                    + (f.cpuMicroseconds.map { String(format: " %12.0f", $0) } ?? "            —"))
        }
        guard figures.count >= 2 else { return }
        let slow = figures.dropFirst(2).filter { $0.p99 > p99Target }
        print(
            "signed-in pages with p99 over \(Int(p99Target)) ms: "
                + (slow.isEmpty ? "none" : slow.map { "\($0.name) (\(String(format: "%.0f", $0.p99)))" }.joined(separator: ", "))
                + " of \(figures.count - 2)")
    }

    /// "Requests/sec: 1234.56" and the latency distribution's 50% and 99% lines.
    static func parse(_ output: String, name: String) -> Figure? {
        let lines = output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        func latency(_ label: String) -> Double? {
            guard let line = lines.first(where: { $0.hasPrefix(label) }) else { return nil }
            return milliseconds(String(line.dropFirst(label.count)).trimmingCharacters(in: .whitespaces))
        }
        guard let rate = rate(output), let p50 = latency("50%"), let p99 = latency("99%") else { return nil }
        return Figure(name: name, requestsPerSecond: rate, p50: p50, p99: p99)
    }

    /// "Requests/sec: 1234.56".
    static func rate(_ output: String) -> Double? {
        output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix("Requests/sec:") }
            .flatMap { Double($0.dropFirst("Requests/sec:".count).trimmingCharacters(in: .whitespaces)) }
    }

    /// "  12345 requests in 4.00s, 1.2MB read".
    static func requestCount(_ output: String) -> Int? {
        output.split(separator: "\n").first { $0.contains(" requests in ") }
            .flatMap { $0.split(separator: " ").first }.flatMap { Int($0) }
    }

    /// wrk prints "812.00us", "3.21ms" or "1.02s".
    static func milliseconds(_ text: String) -> Double? {
        for (unit, factor) in [("us", 0.001), ("ms", 1.0), ("s", 1000.0)] where text.hasSuffix(unit) {
            return Double(text.dropLast(unit.count)).map { $0 * factor }
        }
        return nil
    }

    /// User and system time of a process so far, from /proc/PID/stat (fields 14 and 15, in
    /// clock ticks; the name in parentheses may hold spaces, so fields count from its end).
    static func cpuSeconds(of pid: Int32) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let end = stat.lastIndex(of: ")")
        else { return nil }
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
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
