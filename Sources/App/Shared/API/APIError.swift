import Vapor
import VeerkrachtCore

/// Every API error has one shape: `{"error": {"code", "message", "field"}}`, where `code` is
/// stable for programs, `message` is for people, and `field` names the input at fault or is null.
enum APIError {
    struct Body: Encodable, Sendable {
        struct Detail: Encodable, Sendable {
            let code: String
            let message: String
            /// Always present: null when no single input is at fault.
            @Null var field: String?
        }
        let error: Detail
    }

    static func isAPI(_ request: Request) -> Bool { request.urlPath.hasPrefix("/api/") }

    static func code(for status: HTTPResponseStatus) -> String {
        switch status.code {
        case 400: "bad_request"
        case 401: "unauthorized"
        case 403: "forbidden"
        case 404: "not_found"
        case 405: "method_not_allowed"
        case 406: "not_acceptable"
        case 409: "conflict"
        case 413: "payload_too_large"
        case 415: "unsupported_media_type"
        case 422: "unprocessable"
        case 429: "too_many_requests"
        case 500..<600: "server_error"
        default: "error"
        }
    }

    static func response(status: HTTPResponseStatus, message: String, field: String?, headers extra: HTTPHeaders = [:]) throws -> Response {
        var headers = extra
        headers.contentType = .json
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        if status == .unauthorized { headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer") }
        let body = Body(error: .init(code: code(for: status), message: message, field: field))
        return Response(status: status, headers: headers, body: .init(data: try APIJSON.encoder.encode(body)))
    }
}

/// The API's JSON: ISO 8601 dates, sorted keys so equal answers are equal bytes (and ETags).
enum APIJSON {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// RFC 3339 moments with or without fractional seconds, with Z or an offset.
    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            let plain = ISO8601DateFormatter()
            let fractional = ISO8601DateFormatter()
            fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            guard let date = plain.date(from: text.uppercased()) ?? fractional.date(from: text.uppercased()) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date-time: \(text)"))
            }
            return date
        }
        return decoder
    }()

    static func response(_ value: some Encodable, status: HTTPResponseStatus = .ok) throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(data: try encoder.encode(value)))
    }

    /// Decodes the JSON body; anything else is a 400 (or 415 for another media type).
    static func body<T: Decodable>(_ type: T.Type, of req: Request) throws -> T {
        guard req.headers.contentType == .json else { throw Abort(.unsupportedMediaType, reason: "Send application/json.") }
        guard let data = req.body.data else { throw AppError.badRequest("a JSON body is required") }
        if data.withUnsafeReadableBytes({ TextRules.jsonContainsControlCharacter($0) }) { throw AppError.controlCharacter }
        do {
            return try decoder.decode(T.self, from: Data(buffer: data))
        } catch let DecodingError.keyNotFound(key, _) {
            throw AppError.invalid(field: key.stringValue, message: "\(key.stringValue) is required.")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw AppError.invalid(field: field.isEmpty ? nil : field, message: "\(field.isEmpty ? "The body" : field) has the wrong type.")
        } catch let DecodingError.dataCorrupted(context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw AppError.invalid(field: field.isEmpty ? nil : field, message: "\(field.isEmpty ? "The body" : field) is not valid.")
        } catch {
            throw AppError.badRequest("the body is not valid JSON")
        }
    }
}
