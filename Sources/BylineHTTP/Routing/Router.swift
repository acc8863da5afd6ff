import Logging

/// Method plus path patterns ("/articles/{id}") to handlers. Unknown paths get 404, known
/// paths with another method 405 with `Allow` (RFC 9110 §15.5.6), HEAD is served by the GET
/// handler, and OPTIONS is answered automatically with `Allow` (RFC 9110 §9.3.7).
public struct Router: Sendable {
    public typealias Handler = @Sendable (HTTPRequest, RouteParameters) throws -> HTTPResponse

    struct Route: Sendable {
        var pattern: RoutePattern
        var handlers: [HTTPMethod: Handler]
    }

    var routes: [Route] = [] {
        didSet { literalCounts = routes.map(\.pattern.literalCount) }
    }
    /// `routes[i].pattern.literalCount`, kept beside the routes so matching computes none.
    private var literalCounts: [Int] = []
    /// Where errors thrown by handlers that are not `HTTPResponseError` are logged.
    public var logger = Logger(label: "byline.http.router")

    public init() {}

    public mutating func add(_ method: HTTPMethod, _ pattern: String, _ handler: @escaping Handler) {
        let parsed = RoutePattern(pattern)
        if let index = routes.firstIndex(where: { $0.pattern.segments == parsed.segments }) {
            routes[index].handlers[method] = handler
        } else {
            routes.append(Route(pattern: parsed, handlers: [method: handler]))
        }
    }

    public mutating func get(_ pattern: String, _ handler: @escaping Handler) {
        add(.get, pattern, handler)
    }

    public mutating func post(_ pattern: String, _ handler: @escaping Handler) {
        add(.post, pattern, handler)
    }

    /// Never throws: handler errors become JSON error responses here.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        let pathSegments = RoutePattern.split(request.path)
        // The most specific match wins: "/articles/search" over "/articles/{id}". Routes are
        // compared in place by index; only the winner is copied and its values captured.
        var best: Int?
        var bestLiterals = -1
        for index in routes.indices where routes[index].pattern.matches(pathSegments) {
            let literals = literalCounts.count == routes.count ? literalCounts[index] : routes[index].pattern.literalCount
            if literals > bestLiterals {
                best = index
                bestLiterals = literals
            }
        }
        if let best, let parameters = routes[best].pattern.match(pathSegments) {
            var response = dispatch(request, to: routes[best], parameters: parameters)
            response.routePattern = routes[best].pattern.description
            return response
        }
        return .error(.notFound, code: "not_found", message: "no route for \(request.path)")
    }

    func dispatch(_ request: HTTPRequest, to route: Route, parameters: RouteParameters) -> HTTPResponse {
        let handler = route.handlers[request.method]
            ?? (request.method == .head ? route.handlers[.get] : nil)
        guard let handler else {
            let allow = Self.allowedMethods(route).map(\.rawValue).joined(separator: ", ")
            if request.method == .options {
                var headers = HTTPHeaders()
                headers.add("Allow", allow)
                return HTTPResponse(status: .noContent, headers: headers)
            }
            var headers = HTTPHeaders()
            headers.add("Allow", allow)
            return .error(HTTPError(
                .methodNotAllowed, code: "method_not_allowed",
                message: "\(request.method) is not allowed on \(request.path)", headers: headers))
        }
        do {
            return try handler(request, parameters)
        } catch let error as any HTTPResponseError {
            return .error(error)
        } catch {
            logger.error(
                "handler failed",
                metadata: ["path": "\(request.path)", "route": "\(route.pattern)", "error": "\(error)"])
            return .internalError
        }
    }

    /// The methods a route answers, with the implied HEAD and OPTIONS, in a stable order.
    static func allowedMethods(_ route: Route) -> [HTTPMethod] {
        var methods = Set(route.handlers.keys)
        if methods.contains(.get) { methods.insert(.head) }
        methods.insert(.options)
        return methods.sorted { $0.rawValue < $1.rawValue }
    }
}

extension HTTPResponse {
    /// The only body a client ever sees for an unexpected failure.
    static var internalError: HTTPResponse {
        .error(.internalServerError, code: "internal_error", message: "internal server error")
    }
}

/// Values captured by `{name}` segments of the matched pattern.
public struct RouteParameters: Sendable, Hashable {
    public private(set) var values: [String: String] = [:]
    public init(_ values: [String: String] = [:]) { self.values = values }
    public subscript(name: String) -> String? { values[name] }
}
