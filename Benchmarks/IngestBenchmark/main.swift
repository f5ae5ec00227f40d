import Foundation

// Measures how fast Veerkracht takes in submitted scans over HTTP, like pgbench beside
// PostgreSQL. Run it against a server started with the same DATABASE_URL (and SECRET_KEY):
//
//   veerkracht-bench ingest --url http://127.0.0.1:8080 --concurrency 8 --responses 20000
//   veerkracht-bench verify --wave WAVE-ID
//
// `ingest` prepares a wave of the 30-item learning-preference scan with N invitations in the
// database, then submits N complete responses through the respondent's submit form and
// prints responses/s, p50 and p99; its last line is JSON. It then sends N requests to a route
// that does nothing, with the same client, and adds that rate and the share of it that ingest
// reached: this machine is shared, and the baseline says how fast it was during the run.
// `verify` counts what was stored, e.g. after the server was killed with `kill -9` during a run. `report` (see ReportBenchmark)
// times the results pages on a demo organisation.
// Build with `swift build -c release -Xswiftc -enable-testing`: it prepares waves with the
// application's own code rather than a copy of it.
@testable import App

let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: "--\(name)"), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("veerkracht-bench: \(message)\n".utf8))
    exit(2)
}

let usage = """
    usage: veerkracht-bench ingest --url URL [--concurrency 8] [--responses 10000]
           veerkracht-bench report --people N [--runs 15] [--keep] [--existing]
           veerkracht-bench verify --wave WAVE-ID
           veerkracht-bench prepare --responses N --requests FILE   (submits for another load client)
    The database is the server's: DATABASE_URL and SECRET_KEY as for `veerkracht serve`.
    """

do {
    switch arguments.first {
    case "ingest":
        guard let url = option("url") else { fail(usage) }
        let concurrency = option("concurrency").map { Int($0) ?? 0 } ?? 8
        let responses = option("responses").map { Int($0) ?? 0 } ?? 10_000
        guard concurrency > 0, responses > 0 else { fail("--concurrency and --responses must be positive numbers") }
        guard let load = IngestLoad(url: url, concurrency: concurrency) else { fail("--url must be like http://127.0.0.1:8080") }
        let wave = try await IngestPreparation.prepare(responses: responses)
        print("prepared wave \(wave.id) with \(wave.tokens.count) invitations; submitting")
        fflush(nil)
        let result = load.run(tokens: wave.tokens)
        result.report(wave: wave.id, concurrency: concurrency, baseline: load.baseline(count: wave.tokens.count))
    case "prepare":
        // For an independent load client: a wave with N invitations, and one line per response
        // to submit, "path<TAB>form body".
        guard let file = option("requests") else { fail(usage) }
        let responses = option("responses").map { Int($0) ?? 0 } ?? 10_000
        guard responses > 0 else { fail("--responses must be a positive number") }
        let wave = try await IngestPreparation.prepare(responses: responses)
        let lines = wave.tokens.enumerated().map { "/s/\($1)/submit\t\(IngestLoad.body($0))" }
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        print(#"{"wave":"\#(wave.id)","requests":\#(lines.count)}"#)
    case "report":
        guard let people = option("people").flatMap(Int.init), people > 0 else { fail(usage) }
        let runs = option("runs").map { Int($0) ?? 0 } ?? 15
        guard runs > 0 else { fail("--runs must be a positive number") }
        try await ReportBenchmark(
            people: people, runs: runs, keep: arguments.contains("--keep"), existing: arguments.contains("--existing")
        ).run()
    case "verify":
        guard let wave = option("wave").flatMap(UUID.init(uuidString:)) else { fail(usage) }
        let counts = try await IngestPreparation.count(wave: wave)
        print(#"{"wave":"\#(wave)","responses":\#(counts.responses),"completed_invitations":\#(counts.completed)}"#)
        if counts.responses != counts.completed { exit(1) }
    default:
        fail(usage)
    }
} catch {
    fail("\(error)")
}
