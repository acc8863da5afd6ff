import BylineHTTP

/// The API's client errors. Each becomes `{"error": {"status", "code", "message"}}` through the
/// engine's one error-to-response path (`HTTPResponseError`).
public struct APIError: HTTPResponseError, Sendable, Hashable {
    public var status: HTTPStatus
    public var code: String
    public var message: String
    /// The query or path parameter at fault, when one is.
    public var parameter: String?

    public init(_ status: HTTPStatus, code: String, message: String, parameter: String? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.parameter = parameter
    }

    /// A malformed, out-of-range or unknown query parameter.
    public static func invalidParameter(_ name: String, _ reason: String) -> APIError {
        APIError(.badRequest, code: "invalid_parameter", message: "parameter '\(name)': \(reason)", parameter: name)
    }

    public static func unknownParameter(_ name: String) -> APIError {
        APIError(.badRequest, code: "unknown_parameter", message: "unknown parameter '\(name)'", parameter: name)
    }

    /// An id that names nothing: `no article with id 'x'`.
    public static func notFound(_ resource: String, id: String) -> APIError {
        APIError(.notFound, code: "not_found", message: "no \(resource) with id '\(id)'", parameter: "id")
    }

    public static let notReady = APIError(
        .serviceUnavailable, code: "not_ready", message: "the corpus is still loading")
}
