/// An error that knows which HTTP answer it deserves. Throw one from a handler (or the
/// engine does internally) and it becomes the project's JSON error body
/// `{"error": {"status": 404, "code": "not_found", "message": "..."}}`.
public protocol HTTPResponseError: Error {
    var status: HTTPStatus { get }
    /// A stable, machine-readable snake_case code ("not_found").
    var code: String { get }
    /// A human-readable message; shown to the client, so never internal details.
    var message: String { get }
    /// Extra headers for the response (Allow on 405, for example).
    var headers: HTTPHeaders { get }
}

extension HTTPResponseError {
    public var headers: HTTPHeaders { HTTPHeaders() }
}

/// A ready-made `HTTPResponseError`.
public struct HTTPError: HTTPResponseError, Sendable, Hashable {
    public var status: HTTPStatus
    public var code: String
    public var message: String
    public var headers: HTTPHeaders

    public init(_ status: HTTPStatus, code: String, message: String, headers: HTTPHeaders = .init()) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }
}

extension HTTPResponse {
    /// The one place an error becomes a response body, for the engine's own errors and for
    /// handlers' alike.
    public static func error(_ error: some HTTPResponseError) -> HTTPResponse {
        var response = HTTPResponse.json(
            ErrorBody.encode(status: error.status.code, code: error.code, message: error.message),
            status: error.status)
        for (name, value) in error.headers {
            response.headers.add(name, value)
        }
        return response
    }

    /// Shorthand for `error(HTTPError(...))`.
    public static func error(_ status: HTTPStatus, code: String, message: String) -> HTTPResponse {
        error(HTTPError(status, code: code, message: message))
    }
}

/// Builds `{"error": {...}}` without Foundation: the engine stays light.
enum ErrorBody {
    static func encode(status: Int, code: String, message: String) -> String {
        "{\"error\":{\"status\":\(status),\"code\":\(JSONString.quoted(code)),\"message\":\(JSONString.quoted(message))}}"
    }

}
