import Crypto
import Foundation
import Vapor

/// A strong ETag of a response's bytes: the same bytes give the same tag on every server, so a
/// client that sends it back in If-None-Match gets 304 from whichever server answers.
enum StrongETag {
    static func of(_ bytes: some DataProtocol) -> String { tag(SHA256.hash(data: bytes)) }

    /// The tag of a digest made elsewhere, for bodies whose parts are hashed as they are kept.
    static func tag(_ digest: SHA256Digest) -> String { "\"" + digest.prefix(16).hex + "\"" }

    /// 304 without a body when the client already holds these bytes, else 200 with them. The
    /// browser may keep the page for itself only and must ask again before showing it.
    static func response(_ body: ByteBuffer, contentType: HTTPMediaType, for req: Request) -> Response {
        response(body, tag: of(body.readableBytesView), contentType: contentType, for: req)
    }

    /// The same with a tag that is the body's: equal bodies give equal tags, different ones differ.
    static func response(_ body: ByteBuffer, tag: String, contentType: HTTPMediaType, for req: Request) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .eTag, value: tag)
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-cache")
        let sent = req.headers[.ifNoneMatch].flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        if sent.contains(tag) || sent.contains("*") { return Response(status: .notModified, headers: headers) }
        headers.contentType = contentType
        return Response(status: .ok, headers: headers, body: .init(buffer: body))
    }
}
