import Vapor

/// Unguessable tokens for cookies and links, and the hash under which they are stored.
enum SecureToken {
    /// 256 random bits, URL-safe.
    static func generate() -> String {
        base64URL(Data([UInt8].random(count: 32)))
    }

    /// Base64 that survives in a URL path without escaping.
    /// One pass over the bytes: three `replacingOccurrences` went through NSString and were
    /// a fifth of listing personal links (perf).
    static func base64URL(_ data: Data) -> String {
        let bytes = data.base64EncodedString().utf8.compactMap { byte -> UInt8? in
            switch byte {
            case UInt8(ascii: "+"): UInt8(ascii: "-")
            case UInt8(ascii: "/"): UInt8(ascii: "_")
            case UInt8(ascii: "="): nil
            default: byte
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes of base64url text (padding optional); nil when it is not base64url.
    static func data(base64URL text: some StringProtocol) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).hex
    }

    /// Compares without stopping at the first difference, so timing reveals nothing.
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8)
        let b = Array(rhs.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
