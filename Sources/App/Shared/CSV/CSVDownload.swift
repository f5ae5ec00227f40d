import Foundation
import Vapor

/// A CSV file as a download, and numbers written the same way in every export.
enum CSVDownload {
    static let contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])

    static func disposition(_ name: String) -> String { "attachment; filename=\"\(name).csv\"" }

    static func response(name: String, body: Response.Body) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = contentType
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        headers.replaceOrAdd(name: .contentDisposition, value: disposition(name))
        return Response(status: .ok, headers: headers, body: body)
    }

    /// Four decimals with a dot, rounded half away from zero; written by hand because
    /// `String(format:)` costs more than everything else in a 3,000-row export.
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite, abs(value) < 1e12 else { return "" }
        let scaled = Int((abs(value) * 10_000).rounded())
        let fraction = String(scaled % 10_000)
        return (value < 0 && scaled > 0 ? "-" : "") + "\(scaled / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}
