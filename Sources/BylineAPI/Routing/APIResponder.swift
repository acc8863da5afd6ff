import BylineCorpus
import BylineHTTP

/// Wraps each route's handler with what every endpoint does the same way: query validation,
/// readiness, conditional requests, `?pretty`, headers, and errors as JSON. Errors become
/// responses here and nowhere else in the API.
struct APIResponder: Sendable {
    let service: CorpusService
    let cache: CachePolicy
    /// Whether the engine will gzip a large body for a client that accepts it.
    let gzipEnabled: Bool
    /// Formatted once: the same for every response.
    let cacheControl: String

    let memo: ComposedBodyCache
    /// Searches (`?q=`) apart from `memo`: their keys are unbounded, so their cache is bounded.
    let searches: SearchBodyCache
    /// Finished answers by request target, looked up before anything else (`respondFromCache`).
    let answers: AnswerCache

    init(
        service: CorpusService, cache: CachePolicy, gzipEnabled: Bool, memo: ComposedBodyCache,
        searches: SearchBodyCache = SearchBodyCache(), answers: AnswerCache = AnswerCache()
    ) {
        self.service = service
        self.cache = cache
        self.gzipEnabled = gzipEnabled
        self.memo = memo
        self.searches = searches
        self.answers = answers
        cacheControl = cache.cacheControl
    }

    func handler(for route: APIRoute) -> Router.Handler {
        let entry = RouteEntry(route)
        return { request, parameters in
            do throws(APIError) {
                return try respond(entry, request, parameters)
            } catch {
                return Self.errorResponse(error, pretty: Self.wantsPretty(request))
            }
        }
    }

    /// A route held by reference: each request reads its fields in place instead of copying
    /// (and retaining) every string and array of the value, which cost more than a cached answer.
    final class RouteEntry: Sendable {
        let route: APIRoute
        let specs: [QueryParameterSpec]

        init(_ route: APIRoute) {
            self.route = route
            specs = route.acceptedParameters
        }
    }

    private func respond(
        _ entry: RouteEntry, _ request: HTTPRequest, _ parameters: RouteParameters
    ) throws(APIError) -> HTTPResponse {
        let route = entry.route
        // Only answers that depend on the snapshot alone (`/` also shows the load time).
        let answersFromCache = route.readsCorpus && route.cacheable && route.method == .get
        if answersFromCache, let response = respondFromCache(request, readsCorpus: route.readsCorpus) {
            return response
        }
        let query = try ValidatedQuery(request.query, specs: entry.specs)
        if route.readsCorpus, !service.isReady { throw APIError.notReady }
        let snapshot = service.store.snapshot
        let pretty = Self.wantsPretty(request)
        var etag: String?
        let lastModified = service.lastModified
        if route.cacheable, route.method == .get {
            let coded = gzipEnabled && request.acceptsGzip
            let tag = cache.etag(
                for: request, snapshotIdentity: snapshot.identity + (pretty ? "+pretty" : ""), codedBody: coded)
            if CachePolicy.isNotModified(request, etag: tag, lastModified: lastModified.seconds) {
                var response = HTTPResponse(status: .notModified)
                addValidators(to: &response, etag: tag, lastModified: lastModified)
                return response
            }
            etag = tag
        }
        let body: APIBody
        if route.memoized {
            // Looked up before the request value for the handler is even made: a hit costs
            // the key and one dictionary lookup.
            let key = Self.memoKey(request)
            let isSearch = query.string("q") != nil
            let cached = isSearch
                ? searches.cached(identity: snapshot.identity, key: key)
                : memo.cached(identity: snapshot.identity, key: key)
            if let cached {
                body = .json(cached)
            } else {
                let apiRequest = APIRequest(http: request, parameters: parameters, query: query, snapshot: snapshot)
                let bytes: [UInt8]
                switch try route.handler(apiRequest) {
                case .json(let json): bytes = json
                case .jsonPieces(let pieces): bytes = HTTPResponse(bodyPieces: pieces).joinedBody
                case .response(let response): bytes = response.joinedBody
                }
                if isSearch {
                    searches.store(bytes, identity: snapshot.identity, key: key)
                } else {
                    memo.store(bytes, identity: snapshot.identity, key: key)
                }
                body = .json(bytes)
            }
        } else {
            body = try route.handler(APIRequest(http: request, parameters: parameters, query: query, snapshot: snapshot))
        }
        var response: HTTPResponse
        switch body {
        case .response(let answer):
            return answer
        case .json(let bytes):
            response = HTTPResponse(status: .ok, body: pretty ? JSONPrettyPrinter.prettyPrint(bytes) : bytes)
        case .jsonPieces(let pieces):
            response = pretty
                ? HTTPResponse(status: .ok, body: JSONPrettyPrinter.prettyPrint(HTTPResponse(bodyPieces: pieces).joinedBody))
                : HTTPResponse(status: .ok, bodyPieces: pieces)
        }
        response.headers.reserveCapacity(8)  // these four, then the engine's Vary and CORS
        response.headers.add("Content-Type", "application/json; charset=utf-8")
        guard let etag else {
            response.headers.add("Cache-Control", "no-store")
            return response
        }
        addValidators(to: &response, etag: etag, lastModified: lastModified)
        if answersFromCache, !pretty {
            let answer = AnswerCache.Answer(
                body: response.body, pieces: response.bodyPieces,
                identityTag: cache.etag(for: request, snapshotIdentity: snapshot.identity, codedBody: false),
                gzipTag: cache.etag(for: request, snapshotIdentity: snapshot.identity, codedBody: true))
            answers.store(answer, identity: snapshot.identity, target: request.target)
            response.gzipMemo = answer.gzip
        }
        return response
    }

    func addValidators(
        to response: inout HTTPResponse, etag: String, lastModified: (seconds: Int, httpDate: String)
    ) {
        response.headers.add("ETag", etag)
        response.headers.add("Cache-Control", cacheControl)
        response.headers.add("Last-Modified", lastModified.httpDate)
    }

    /// The request as far as its body depends on it: path and query, without `pretty`.
    static func memoKey(_ request: HTTPRequest) -> String {
        var key = request.path
        key.reserveCapacity(request.path.utf8.count + request.query.pairs.reduce(1) { $0 + $1.name.utf8.count + $1.value.utf8.count + 8 })
        key.append("?")
        // Length-prefixed, so no decoded value ("x&b=y") can pass for two pairs. Appended
        // piece by piece: string interpolation allocated a buffer per pair.
        for pair in request.query.pairs where pair.name != "pretty" {
            key.append(String(pair.name.utf8.count))
            key.append(":")
            key.append(pair.name)
            key.append(String(pair.value.utf8.count))
            key.append(":")
            key.append(pair.value)
        }
        return key
    }

    static func errorResponse(_ error: APIError, pretty: Bool) -> HTTPResponse {
        var members: [(String, JSONValue)] = [
            ("status", .int(error.status.code)), ("code", .string(error.code)), ("message", .string(error.message)),
        ]
        if let parameter = error.parameter { members.append(("parameter", .string(parameter))) }
        let bytes = JSONValue.object([("error", .object(members))]).bytes
        var response = HTTPResponse(status: error.status, body: pretty ? JSONPrettyPrinter.prettyPrint(bytes) : bytes)
        response.headers.add("Content-Type", "application/json; charset=utf-8")
        response.headers.add("Cache-Control", "no-store")
        if error.status == .serviceUnavailable { response.headers.add("Retry-After", "1") }
        if error.status == .unauthorized { response.headers.add("WWW-Authenticate", "Bearer") }  // RFC 6750 §3
        return response
    }

    /// `?pretty` (any value but false/0), or `Accept: application/json; indent=…`.
    static func wantsPretty(_ request: HTTPRequest) -> Bool {
        if let value = request.query["pretty"] {
            return !["false", "0"].contains(value.lowercased())
        }
        guard let accept = request.headers.first("Accept") else { return false }
        return accept.lowercased().split(separator: ",").contains { range in
            range.contains("json") && range.split(separator: ";").dropFirst().contains {
                $0.trimmingCharacters(in: " ").hasPrefix("indent")
            }
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
