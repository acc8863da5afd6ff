extension HTTPResponse {
    /// A JSON response from bytes the caller already encoded.
    public static func json(_ body: [UInt8], status: HTTPStatus = .ok) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.add("Content-Type", "application/json; charset=utf-8")
        return HTTPResponse(status: status, headers: headers, body: body)
    }

    /// A JSON response from a string the caller already encoded.
    public static func json(_ body: String, status: HTTPStatus = .ok) -> HTTPResponse {
        json(Array(body.utf8), status: status)
    }

    /// A plain-text response.
    public static func text(_ body: String, status: HTTPStatus = .ok) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.add("Content-Type", "text/plain; charset=utf-8")
        return HTTPResponse(status: status, headers: headers, body: Array(body.utf8))
    }
}
