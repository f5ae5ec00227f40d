import Vapor

extension Request {
    private struct PathKey: StorageKey { typealias Value = String }

    /// `url.path`, worked out once per request. Vapor builds it from URL components and
    /// replaces text through Foundation on every call; with three middlewares asking for it on
    /// every request, that was a fiftieth of a submitted scan. (Nothing here rewrites a
    /// request's URL, so the first answer stays right.)
    var urlPath: String {
        if let known = storage[PathKey.self] { return known }
        let path = url.path
        storage[PathKey.self] = path
        return path
    }
}
