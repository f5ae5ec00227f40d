import Vapor

/// Turns every error into a page (or JSON under `/api/`) that says what a person can do about
/// it. Server errors are logged with detail and never shown.
/// Only a failed request pays for async work; a successful one passes straight through.
struct AppErrorMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapError { error in
            request.eventLoop.makeFutureWithTask { try await self.answer(error, for: request) }
        }
    }

    private func answer(_ failure: any Error, for request: Request) async throws -> Response {
        do {
            throw failure
        } catch let error as AppError {
            switch error {
            case .signInRequired:
                return request.redirect(to: Route.signIn.path, redirectType: .normal)
            case .setupRequired:
                return request.redirect(to: Route.setup.path, redirectType: .normal)
            default:
                return try await render(error, status: error.status, for: request)
            }
        } catch let abort as any AbortError where abort.status.code < 500 {
            if APIError.isAPI(request) { return try APIError.response(status: abort.status, message: abort.reason, field: nil) }
            return try await render(nil, status: abort.status, for: request)
        } catch {
            request.logger.error("Request failed: \(String(reflecting: error))")
            request.application.writeHealth.record(error)
            return try await render(nil, status: .internalServerError, for: request)
        }
    }

    private func render(_ error: AppError?, status: HTTPResponseStatus, for request: Request) async throws -> Response {
        let strings = request.strings
        let message = error.map { strings.message(for: $0) } ?? strings.message(forStatus: status.code)
        if APIError.isAPI(request) {
            if case .invalid(let field, let detail)? = error { return try APIError.response(status: status, message: detail, field: field) }
            return try APIError.response(status: status, message: message, field: nil)
        }
        return request.page(ErrorPage(status: status.code, message: message), status: status)
    }
}
