/// The folder part of a file path: "" for a bare file name, "/" for a file at the root.
/// Foundation's `deletingLastPathComponent` traps on Linux for a one-letter path without a
/// slash (`DATABASE_URL=x` ended the process at start), so this is a plain scan instead.
func folder(ofFile path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
}
