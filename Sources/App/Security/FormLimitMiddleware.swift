import Vapor
import VeerkrachtCore

/// Bounds every plain form (`application/x-www-form-urlencoded`) before anything reads it: at
/// most `FormFields.maximumBody` bytes and `FormFields.maximumFields` fields, or a 413 that says
/// so, and no control characters in any field. Parsing a form is then bounded work on every
/// route, signed in or not, survey links included. Uploads (multipart) and the JSON API have limits of their own on their routes.
/// Future-based, so that the requests it lets through untouched (every GET) start no task.
struct FormLimitMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.method == .POST, FormFields.isForm(request.headers.first(name: .contentType)) else {
            return next.respond(to: request)
        }
        return request.eventLoop.makeFutureWithTask { try await Self.check(request, then: next) }
    }

    private static func check(_ request: Request, then next: any Responder) async throws -> Response {
        if let length = request.headers.first(name: .contentLength).flatMap(Int.init), length > FormFields.maximumBody {
            throw AppError.formTooLarge
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(max: FormFields.maximumBody).get() ?? ByteBuffer()
        } catch {
            throw AppError.formTooLarge
        }
        let separators = body.withUnsafeReadableBytes { bytes in bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "&") ? 1 : 0) } }
        guard separators < FormFields.maximumFields else { throw AppError.formTooLarge }
        // NUL and other control characters are in no text a person types; refused here they
        // reach no field of any form.
        let hasControl = body.withUnsafeReadableBytes { TextRules.formContainsControlCharacter($0) }
        guard !hasControl else { throw AppError.controlCharacter }
        return try await next.respond(to: request).get()
    }
}
