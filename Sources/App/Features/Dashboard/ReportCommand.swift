import Fluent
import Foundation
import Vapor
import VeerkrachtCore

/// `veerkracht report --organisation ID --out report.pdf [--language en]`: the report page of
/// an organisation as a PDF, printed by headless Chromium. Without Chromium it says how to
/// install it and leaves the HTML beside the asked path, so the report can be printed by hand.
struct ReportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "organisation", help: "The organisation's id or exact name.")
        var organisation: String?
        @Option(name: "out", help: "Where to write the PDF, e.g. report.pdf.")
        var out: String?
        @Option(name: "language", help: "nl (default) or en.")
        var language: String?

        init() {}
    }

    var help: String { "Prints an organisation's report (dashboard, latest results, portfolio) to PDF with headless Chromium." }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let reference = signature.organisation, let out = signature.out, out.hasSuffix(".pdf") else {
            throw Failure(description: "Usage: veerkracht report --organisation <id or name> --out <file>.pdf [--language nl|en]")
        }
        guard let language = Language(rawValue: signature.language ?? "nl") else {
            throw Failure(description: "--language must be nl or en.")
        }
        let app = context.application
        let organisation = try await Self.organisation(reference, on: app.db)
        let page = try await ReportBuilder(app, db: app.db).page(organisationID: try organisation.requireID())
        let html = Self.standalone(
            Layout.render(
                page,
                context: PageContext(
                    language: language, strings: language.strings, user: nil, organisationID: nil, csrfToken: "", path: "")),
            extraCSS: ReportPage.pageMargins(organisationName: organisation.name))
        let output = URL(fileURLWithPath: out)
        let htmlFile = output.deletingPathExtension().appendingPathExtension("html")
        try html.write(to: htmlFile, atomically: true, encoding: .utf8)
        guard let chromium = Self.chromium() else {
            throw Failure(
                description: """
                    Chromium is not installed, so no PDF was made. Install it (Debian or Ubuntu: `sudo apt-get install chromium`) \
                    and run this command again, or print \(htmlFile.path) from a browser.
                    """)
        }
        try await Self.printPDF(chromium: chromium, html: htmlFile, pdf: output)
        try? FileManager.default.removeItem(at: htmlFile)
        context.console.print("Wrote \(output.path) for \(organisation.name).")
    }

    static func organisation(_ reference: String, on db: any Database) async throws -> Organisation {
        let found = try await UUID(uuidString: reference).asyncMap { try await Organisation.find($0, on: db) } ?? nil
        if let found { return found }
        if let named = try await Organisation.query(on: db).filter(\.$name == reference).first() { return named }
        throw Failure(description: "No organisation with id or name ‘\(reference)’.")
    }

    /// The page with its stylesheet inside: Chromium reads it from a file, without the server.
    /// The pages' policy comes along as a meta element, with the inlined stylesheet allowed by
    /// its hash and scripts by nothing, so a stored value can no more run here than on the site.
    static func standalone(_ html: String, extraCSS: String = "") -> String {
        let css = Stylesheet.css + extraCSS
        let hash = Data(SHA256.hash(data: Data(css.utf8))).base64EncodedString()
        let policy = SecurityHeadersMiddleware.contentSecurityPolicy + "; style-src 'sha256-\(hash)'; script-src 'none'"
        return html.replacingOccurrences(
            of: "<link rel=\"stylesheet\" href=\"\(Route.stylesheet.path)\"/>",
            with: "<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\"/><style>\(css)</style>")
    }

    /// Headless Chromium printing a local file. Scripts are stopped by the page's own policy
    /// (`script-src 'none'` above): Chromium 156's `--blink-settings=scriptEnabled=false` makes
    /// headless printing write no PDF at all, and `--disable-javascript` is not a switch it knows.
    static func chromiumArguments(html: URL, pdf: URL) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString]
    }

    static func chromium() -> URL? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in paths {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// Runs Chromium off the event loop and checks that a PDF came out.
    static func printPDF(chromium: URL, html: URL, pdf: URL) async throws {
        try? FileManager.default.removeItem(at: pdf)
        let process = Process()
        process.executableURL = chromium
        process.arguments = chromiumArguments(html: html, pdf: pdf)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        let head = (try? FileHandle(forReadingFrom: pdf).readData(ofLength: 4)) ?? Data()
        guard process.terminationStatus == 0, head == Data("%PDF".utf8) else {
            throw Failure(description: "Chromium did not print a PDF (exit status \(process.terminationStatus)).")
        }
    }
}
