import Vapor

/// The fields of a posted form in their order, names exactly as sent. Answer fields are named
/// by item code (`DLO.K2.3`), and Vapor's form decoder would read the dots as nesting.
enum FormFields {
    static func parse(_ request: Request) -> [(name: String, value: String)] {
        guard request.headers.contentType == .urlEncodedForm, let body = request.body.string else { return [] }
        return parse(body)
    }

    static func parse(_ body: String) -> [(name: String, value: String)] {
        body.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String? {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
            guard let name = decode(parts[0]), !name.isEmpty else { return nil }
            return (name, parts.count > 1 ? decode(parts[1]) ?? "" : "")
        }
    }

    static func value(_ name: String, in fields: [(name: String, value: String)]) -> String? {
        fields.first { $0.name == name }?.value
    }
}
