import Foundation
import Vapor

/// The OpenAPI 3.1 document of `/api/v1`, kept in the repository as `Shared/API/openapi.json` and
/// served byte for byte. A test holds it and the route table to each other.
enum APIDocument {
    static let data: Data = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else {
            fatalError("The OpenAPI document is missing from the App resources (Shared/API/openapi.json).")
        }
        return data
    }()

    static func serve(_ req: Request) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
