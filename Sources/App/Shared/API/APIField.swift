/// The API spells a field the way JSON does (`opensAt`); the core and the forms name it the way
/// a form does (`opens_at`). One translation, so a problem names the same field everywhere.
enum APIField {
    /// Fields the API names differently from the form, not only in another spelling.
    private static let renamed = ["parent": "parentId"]

    static func name(_ formField: String) -> String {
        if let renamed = renamed[formField] { return renamed }
        let parts = formField.split(separator: "_")
        guard let first = parts.first else { return formField }
        return String(first) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
