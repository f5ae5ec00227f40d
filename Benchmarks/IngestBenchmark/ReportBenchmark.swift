import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// `veerkracht-bench report --people N [--runs 15]`: builds a demo organisation of N people
/// with two waves in a fresh SQLite file, or in the PostgreSQL database that DATABASE_URL
/// names (everyone answers, 62 items), starts the `veerkracht`
/// beside this program, signs in and times the results page, the heatmap and the aggregate
/// CSV of the latest wave, the dashboard and the report: first (cold, loading from the
/// database) and then warm, as medians.
/// The health endpoint, timed the same way, is the baseline that shows how noisy the machine
/// is. The server's peak memory comes from /proc (VmHWM). With `--existing` the demo step is
/// skipped and the PostgreSQL database of DATABASE_URL is measured as it is (made before by
/// `veerkracht demo`, which at a million people takes minutes).
struct ReportBenchmark {
    let people: Int
    let runs: Int
    let keep: Bool
    let existing: Bool

    struct Timing {
        let name: String
        let cold: Double
        let warm: [Double]
        var median: Double { warm.sorted()[warm.count / 2] }
        var p90: Double { warm.sorted()[min(warm.count - 1, Int(Double(warm.count) * 0.9))] }
    }

    func run() async throws {
        let veerkracht = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("veerkracht").path
        guard FileManager.default.isExecutableFile(atPath: veerkracht) else {
            throw Failure("no veerkracht beside veerkracht-bench at \(veerkracht)")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("veerkracht-report-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { if !keep { try? FileManager.default.removeItem(at: directory) } }
        var environment = ProcessInfo.processInfo.environment
        // A PostgreSQL DATABASE_URL (with SECRET_KEY) measures there, on the database given,
        // which should be empty; anything else gets a fresh SQLite file.
        if !(environment["DATABASE_URL"] ?? "").hasPrefix("postgres") {
            environment["DATABASE_URL"] = directory.appendingPathComponent("report.sqlite").path
        }
        environment["LOG_LEVEL"] = "warning"

        if existing {
            guard (environment["DATABASE_URL"] ?? "").hasPrefix("postgres") else {
                throw Failure("--existing needs a postgres DATABASE_URL")
            }
        } else {
            let demoStarted = Date()
            try Self.runToEnd(
                veerkracht, ["demo", "--people", "\(people)", "--waves", "2", "--response-rate", "1", "--seed", "1"], environment)
            print("demo: \(people) people × 2 waves in \(Int(Date().timeIntervalSince(demoStarted))) s")
        }
        let password = "bench password \(UUID().uuidString)"
        let email = "bench-\(UUID().uuidString.prefix(8).lowercased())@example.org"
        try Self.runToEnd(
            veerkracht, ["users", "create", "--email", email, "--organisation", "Demo", "--role", "advisor"],
            environment, input: password + "\n")
        let printed = try Self.runToEnd(
            veerkracht, ["tokens", "create", "--email", email, "--organisation", "Demo"], environment)
        guard let token = printed.split(separator: "\n").last.map(String.init) else { throw Failure("tokens create printed no token") }

        let port = Int.random(in: 20_000..<40_000)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: veerkracht)
        server.arguments = ["serve", "--port", "\(port)"]
        server.environment = environment
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }

        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        do {
            try await measure(
                Session(client: client, base: "http://127.0.0.1:\(port)"), server: server, email: email, password: password, token: token)
            try await client.shutdown()
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    private func measure(_ session: Session, server: Process, email: String, password: String, token: String) async throws {
        let warming = try await session.waitUntilUp()
        print(String(format: "ready (/readyz) %.2f s after /healthz first answered", warming))
        try await session.signIn(email: email, password: password)
        let (organisation, wave) = try await session.latestWave()
        let results = "/o/\(organisation)/waves/\(wave)/results"
        var timings: [Timing] = []
        for (name, path) in [
            ("health (baseline)", "/healthz"), ("results", results), ("heatmap", results + "/heatmap"),
            ("aggregate CSV", results + "/aggregates.csv"), ("dashboard", "/o/\(organisation)/dashboard"),
            ("report", "/o/\(organisation)/report")
        ] {
            let cold = try await session.timedGet(path)
            var warm: [Double] = []
            for _ in 0..<runs { warm.append(try await session.timedGet(path)) }
            timings.append(Timing(name: name, cold: cold, warm: warm))
        }
        // A band not asked for before is counted from the rows: the cost without the cache.
        let bands = [
            "age:20-29", "age:30-39", "age:40-49", "age:50-59", "age:60-69", "gender:f", "gender:m",
            "tenure:0-2", "tenure:2-5", "tenure:5-10", "tenure:10+", "age:10-19", "gender:x", "age:70-79"
        ]
        var fresh: [Double] = []
        for band in bands.prefix(max(runs, 1)) {
            fresh.append(try await session.timedGet(results + "?band=" + band.replacingOccurrences(of: "+", with: "%2B")))
        }
        timings.append(Timing(name: "results, new band", cold: fresh[0], warm: fresh))
        let links = try await session.allLinks(organisation: organisation, wave: wave, token: token)
        let peak = Self.peakMemoryMB(of: server.processIdentifier)
        let baseline = timings[0].median
        print("respondents per wave: \(people); \(runs) warm runs each; milliseconds")
        print("page                 cold      median    p90       ×baseline")
        for t in timings {
            print(
                t.name.padding(toLength: 20, withPad: " ", startingAt: 0)
                    + [t.cold, t.median, t.p90].map { String(format: " %8.1f ", $0) }.joined()
                    + String(format: " %8.1f", t.median / baseline))
        }
        print(
            String(
                format: "personal links via the API: %d in %d pages of 200 in %.2f s (first page %.1f ms, last %.1f ms)",
                links.count, links.pages.count, links.pages.reduce(0, +) / 1000, links.pages.first ?? 0, links.pages.last ?? 0))
        let pages = try await SignedInPages(session: session, organisation: organisation, wave: wave).paths()
        let loads = ConcurrentPages(base: session.base, cookie: session.cookie, seconds: 4, server: server.processIdentifier)
        let concurrent = try loads.run(pages: pages)
        concurrent.map(ConcurrentPages.report)
        if concurrent != nil { try loads.sessionShare() }
        print("server peak memory (VmHWM): \(peak.map { String(format: "%.0f MB", $0) } ?? "unknown")")
        let json = timings.map {
            "\"\($0.name)\":{\"cold_ms\":\(String(format: "%.1f", $0.cold)),\"median_ms\":\(String(format: "%.1f", $0.median))}"
        }
        print(
            "{\"people\":\(people),\"runs\":\(runs),\(json.joined(separator: ",")),\"links\":\(links.count),\"links_seconds\":\(String(format: "%.2f", links.pages.reduce(0, +) / 1000)),\"peak_mb\":\(peak.map { String(format: "%.0f", $0) } ?? "null")}"
        )
    }

    /// Runs a command of `veerkracht` to its end and returns what it printed.
    @discardableResult
    static func runToEnd(_ executable: String, _ arguments: [String], _ environment: [String: String], input: String? = nil) throws
        -> String
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let pipe = Pipe()
        let output = Pipe()
        if input != nil { process.standardInput = pipe }
        process.standardOutput = output
        try process.run()
        if let input {
            pipe.fileHandleForWriting.write(Data(input.utf8))
            try pipe.fileHandleForWriting.close()
        }
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure("veerkracht \(arguments.first ?? "") failed") }
        return String(decoding: printed, as: UTF8.self)
    }

    static func peakMemoryMB(of pid: Int32) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = line.split(separator: " ").compactMap({ Double($0) }).first
        else { return nil }
        return kilobytes / 1024
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// A signed-in browser without a browser: the session cookie and the form token.
    // Unchecked: the cookie and token are set once at sign-in, before any concurrent request reads them.
    final class Session: @unchecked Sendable {
        let client: HTTPClient
        let base: String
        var cookie = ""

        init(client: HTTPClient, base: String) {
            self.client = client
            self.base = base
        }

        func get(_ path: String) async throws -> (HTTPResponseStatus, String) {
            var request = HTTPClientRequest(url: base + path)
            if !cookie.isEmpty { request.headers.add(name: "Cookie", value: cookie) }
            let response = try await client.execute(request, timeout: .seconds(120))
            remember(response.headers)
            let body = try await response.body.collect(upTo: 1 << 30)
            // A redirect is followed by hand, keeping the cookie.
            if response.status == .seeOther, let location = response.headers.first(name: "Location") { return try await get(location) }
            return (response.status, String(buffer: body))
        }

        func timedGet(_ path: String) async throws -> Double {
            let started = DispatchTime.now().uptimeNanoseconds
            let (status, _) = try await get(path)
            guard status == .ok else { throw Failure("GET \(path) answered \(status.code)") }
            return Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        }

        /// Until `/healthz` answers, then until `/readyz` does (the caches filled at start are
        /// warm): returns the seconds from the first answer to ready, as a load balancer that
        /// checks `/readyz` would wait before sending the server visitors.
        func waitUntilUp() async throws -> Double {
            guard try await answers("/healthz", tries: 300, every: 100_000_000) else { throw Failure("the server did not start") }
            let answered = Date()
            guard try await answers("/readyz", tries: 1_200, every: 50_000_000) else { throw Failure("the server did not get ready") }
            return Date().timeIntervalSince(answered)
        }

        /// Whether `path` answered 200 within `tries` attempts `every` nanoseconds apart.
        private func answers(_ path: String, tries: Int, every interval: UInt64) async throws -> Bool {
            for _ in 0..<tries {
                if let (status, _) = try? await get(path), status == .ok { return true }
                try await Task.sleep(nanoseconds: interval)
            }
            return false
        }

        func signIn(email: String, password: String) async throws {
            let (_, page) = try await get("/sign-in")
            guard let token = page.firstMatch(of: /name="_csrf" value="([^"]+)"/)?.1 else {
                throw Failure("no form token on the sign-in page")
            }
            var request = HTTPClientRequest(url: base + "/sign-in")
            request.method = .POST
            request.headers.add(name: "Cookie", value: cookie)
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            let form = ["email": email, "password": password, "_csrf": String(token)]
                .map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
            request.body = .bytes(ByteBuffer(string: form))
            let response = try await client.execute(request, timeout: .seconds(30))
            remember(response.headers)
            _ = try await response.body.collect(upTo: 1 << 20)
            guard response.status == .seeOther else { throw Failure("sign-in answered \(response.status.code)") }
        }

        /// The organisation and its most recently opened wave.
        func latestWave() async throws -> (String, String) {
            let (_, home) = try await get("/")
            guard let organisation = home.firstMatch(of: /\/o\/([0-9A-F-]{36})/)?.1 else {
                throw Failure("no organisation on the home page")
            }
            let (_, waves) = try await get("/o/\(organisation)/waves")
            // The list shows the newest first; a pulse (a row with the pulse tag) asks only a few
            // questions of one group, so the latest full wave is the one measured.
            let rows = waves.split(separator: "<tr>").filter { !$0.contains("class=\"tag\"") }
            let ids = rows.compactMap { $0.firstMatch(of: /\/waves\/([0-9A-F-]{36})"/).map { String($0.1) } }
            guard let wave = ids.first else { throw Failure("no wave") }
            return (String(organisation), wave)
        }

        /// Pages through every personal link of the wave with an API token, 200 at a time,
        /// as a mail-merge script would; the time of each page in milliseconds.
        func allLinks(organisation: String, wave: String, token: String) async throws -> (count: Int, pages: [Double]) {
            let path = "/api/v1/organisations/\(organisation)/waves/\(wave)/links?limit=200"
            var cursor: String?
            var count = 0
            var pages: [Double] = []
            repeat {
                var request = HTTPClientRequest(url: base + path + (cursor.map { "&cursor=" + $0 } ?? ""))
                request.headers.add(name: "Authorization", value: "Bearer \(token)")
                let started = DispatchTime.now().uptimeNanoseconds
                let response = try await client.execute(request, timeout: .seconds(120))
                let body = try await response.body.collect(upTo: 1 << 26)
                pages.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
                guard response.status == .ok else { throw Failure("the links API answered \(response.status.code)") }
                let page = try JSONDecoder().decode(LinksPage.self, from: Data(buffer: body))
                count += page.items.count
                cursor = page.nextCursor
            } while cursor != nil
            return (count, pages)
        }

        private struct LinksPage: Decodable {
            struct Link: Decodable { let link: String }
            let items: [Link]
            let nextCursor: String?
        }

        private func remember(_ headers: HTTPHeaders) {
            for value in headers["Set-Cookie"] { cookie = String(value.prefix { $0 != ";" }) }
        }
    }
}
