/// What a reusable response is filed under: the request as far as any response can depend
/// on it. Built only for requests whose every other field is one no response depends on
/// (`init?` returns nil otherwise), so two requests with equal keys get the same bytes.
struct ReuseKey: Hashable, Sendable {
    let method: HTTPMethod
    let target: String
    /// `Accept` (pretty output), `Accept-Encoding` (gzip) and `Origin` (CORS) as sent.
    let accept: String?
    let acceptEncoding: String?
    let origin: String?

    /// nil when the request could be answered differently from another with the same key:
    /// not GET or HEAD, not HTTP/1.1, a body, a repeated keyed field, `Connection` other than
    /// `keep-alive` (it changes the framing), or any field outside the keyed ones and
    /// `isIgnored` (conditionals answer 304; unknown fields may matter to a handler).
    init?(_ request: HTTPRequest) {
        guard request.method == .get || request.method == .head, request.version == .http1_1,
            request.body.isEmpty, request.trailers.count == 0
        else { return nil }
        var accept: String?
        var acceptEncoding: String?
        var origin: String?
        for field in request.headers.fields {
            let name = field.name
            // The length first: most fields cost one integer comparison.
            switch name.utf8.count {
            case 4 where HTTPHeaders.namesMatch(name, "host"): continue
            case 10 where HTTPHeaders.namesMatch(name, "user-agent"): continue
            case 6 where HTTPHeaders.namesMatch(name, "accept"):
                guard accept == nil else { return nil }
                accept = field.value
            case 15 where HTTPHeaders.namesMatch(name, "accept-encoding"):
                guard acceptEncoding == nil else { return nil }
                acceptEncoding = field.value
            case 6 where HTTPHeaders.namesMatch(name, "origin"):
                guard origin == nil else { return nil }
                origin = field.value
            case 10 where HTTPHeaders.namesMatch(name, "connection"):
                // What browsers and most clients send: on HTTP/1.1 it changes nothing in the
                // response (keep-alive is the default and is not echoed); any other value may.
                guard HTTPHeaders.namesMatch(field.value.trimmingASCIIWhitespace(), "keep-alive") else { return nil }
            default:
                guard Self.isIgnored(name) else { return nil }
            }
        }
        self.method = request.method
        self.target = request.target
        self.accept = accept
        self.acceptEncoding = acceptEncoding
        self.origin = origin
    }

    /// Fields browsers and tools send that neither the engine nor the API reads.
    static let ignoredFields = ["referer", "accept-language", "cache-control", "pragma", "dnt"]

    static func isIgnored(_ name: String) -> Bool {
        ignoredFields.contains { HTTPHeaders.namesMatch(name, $0) }
            || hasPrefix(name, "sec-fetch-") || hasPrefix(name, "sec-ch-ua")
    }

    /// ASCII case-insensitive prefix (field names are tokens, RFC 9110 §5.1).
    private static func hasPrefix(_ name: String, _ prefix: String) -> Bool {
        let count = prefix.utf8.count
        return name.utf8.count >= count && HTTPHeaders.namesMatch(Substring(name.utf8.prefix(count)), prefix)
    }
}
