import BylineHTTP

/// `POST /admin/reload`: re-reads the corpus folder in the background. Registered only when an
/// admin token is configured; the request must carry it as `Authorization: Bearer TOKEN`.
struct AdminController: Sendable {
    let service: CorpusService
    let token: String

    var routes: [APIRoute] {
        [
            APIRoute(
                "/admin/reload", method: .post, operationId: "reloadCorpus",
                summary: "Reload the corpus folder (Authorization: Bearer token); the old corpus serves until the new one is ready.",
                tag: "admin",
                response: .status(202, description: "The reload has started.", schema: Schemas.ref("Reload")),
                readsCorpus: false, handler: reload),
        ]
    }

    @Sendable func reload(_ request: APIRequest) throws(APIError) -> APIBody {
        guard let header = request.http.headers.first("Authorization"), header.hasPrefix("Bearer "),
            Self.constantTimeEquals(Array(header.utf8.dropFirst(7)), Array(token.utf8))
        else {
            throw APIError(.unauthorized, code: "unauthorized", message: "a valid bearer token is required")
        }
        service.loadInBackground()
        var response = HTTPResponse(status: HTTPStatus(code: 202, reason: "Accepted"), body: Array(#"{"status":"reloading"}"#.utf8))
        response.headers.add("Content-Type", "application/json; charset=utf-8")
        response.headers.add("Cache-Control", "no-store")
        return .response(response)
    }

    /// Compares every byte whatever the first difference, so timing does not leak the token.
    static func constantTimeEquals(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        var difference = UInt8(lhs.count == rhs.count ? 0 : 1)
        for index in 0..<max(lhs.count, rhs.count) {
            let left = index < lhs.count ? lhs[index] : 0
            let right = index < rhs.count ? rhs[index] : 0
            difference |= left ^ right
        }
        return difference == 0
    }
}
