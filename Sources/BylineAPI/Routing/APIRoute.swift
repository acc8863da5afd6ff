import BylineCorpus
import BylineHTTP

/// One endpoint: its method and path, the query parameters it accepts, what it answers, and
/// the handler. The same value registers the route and documents it in `/openapi.json`.
public struct APIRoute: Sendable {
    public typealias Handler = @Sendable (APIRequest) throws(APIError) -> APIBody

    public var method: HTTPMethod
    /// A router pattern: "/articles/{id}".
    public var path: String
    public var operationId: String
    public var summary: String
    public var tag: String
    public var parameters: [QueryParameterSpec]
    /// The JSON schema of a 200 body, or the content type and description of a non-JSON one.
    public var response: ResponseSpec
    /// Whether the route reads the corpus: it answers 503 until the first load, and carries
    /// validators and `Cache-Control` derived from the snapshot.
    public var readsCorpus: Bool
    /// Whether answers carry `ETag`, `Last-Modified` and `Cache-Control: public`; health,
    /// readiness and metrics describe this instant and are `no-store`.
    public var cacheable: Bool
    /// Operations whose `{id}` the first listed item's `id` fills: OpenAPI links, which let
    /// clients and schemathesis' stateful phase follow a list to its items.
    public var links: [String]
    /// Whether bodies are kept per snapshot and request (lists, which are filtered and sliced
    /// per request); requests with free text (`q`) go to a bounded cache of their own, as
    /// their variety has no limit.
    public var memoized: Bool
    public var handler: Handler

    public init(
        _ path: String, method: HTTPMethod = .get, operationId: String, summary: String, tag: String,
        parameters: [QueryParameterSpec] = [], response: ResponseSpec, readsCorpus: Bool = true,
        cacheable: Bool? = nil, links: [String] = [], memoized: Bool = false, handler: @escaping Handler
    ) {
        self.method = method
        self.path = path
        self.operationId = operationId
        self.summary = summary
        self.tag = tag
        self.parameters = parameters
        self.response = response
        self.readsCorpus = readsCorpus
        self.cacheable = cacheable ?? readsCorpus
        self.links = links
        self.memoized = memoized
        self.handler = handler
    }

    /// The `{name}` segments of the path.
    public var pathParameters: [String] {
        path.split(separator: "/").compactMap { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? String(segment.dropFirst().dropLast()) : nil
        }
    }

    /// Query parameters as accepted: the route's own plus `pretty` on JSON routes.
    var acceptedParameters: [QueryParameterSpec] {
        if case .json = response { return parameters + [.pretty] }
        return parameters
    }
}

/// What a 200 answer holds, for the OpenAPI document.
public enum ResponseSpec: Sendable {
    case json(description: String, schema: JSONValue)
    case text(description: String, contentType: String)
    /// A body-less or fixed answer with another status (202 for a reload started).
    case status(Int, description: String, schema: JSONValue)
}

/// What a handler produced.
public enum APIBody: Sendable {
    /// Compact JSON bytes; the responder adds headers, validators and `?pretty`.
    case json([UInt8])
    /// Compact JSON sent as the concatenation of stored slices (an article from its parts),
    /// never joined unless the answer must be transformed (`?pretty`, gzip).
    case jsonPieces([ArraySlice<UInt8>])
    /// A response sent as it is (metrics text, admin answers).
    case response(HTTPResponse)
}

/// Everything a handler reads: the request, its path values, its checked query and the
/// snapshot it answers from (taken once, so a reload mid-request cannot mix two corpora).
public struct APIRequest: Sendable {
    public let http: HTTPRequest
    public let parameters: RouteParameters
    public let query: ValidatedQuery
    public let snapshot: CorpusSnapshot

    /// A path value; the router only matches when it is present.
    public func path(_ name: String) -> String { parameters[name] ?? "" }

    /// `limit` and `offset` as validated (defaults 20 and 0).
    public var page: PageRequest {
        PageRequest(
            limit: query.int("limit") ?? PageRequest.defaultLimit, offset: query.int("offset") ?? 0)
    }
}
