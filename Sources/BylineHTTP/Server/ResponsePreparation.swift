import Logging

/// What the engine adds to every handler response before it is encoded: CORS fields and
/// gzip content coding. No I/O, so each rule is testable without a socket.
struct ResponsePreparation: Sendable {
    let gzip: HTTPServerConfiguration.Gzip
    let cors: HTTPServerConfiguration.CORS
    var logger = Logger(label: "byline.http")

    func prepare(_ response: HTTPResponse, for request: HTTPRequest) -> HTTPResponse {
        var response = response
        prepare(&response, for: request)
        return response
    }

    /// In place: the connection's response is the only owner of its header array, so adding
    /// Vary or CORS fields appends into it (a copy made here would copy the array as well).
    func prepare(_ response: inout HTTPResponse, for request: HTTPRequest) {
        applyCORS(to: &response, for: request)
        compressIfWorthwhile(&response, for: request)
    }

    /// Adds Access-Control-* fields when the request's Origin is allowed (Fetch standard,
    /// "CORS protocol"); a preflight (OPTIONS with Access-Control-Request-Method) also gets
    /// the allowed methods and headers. Disallowed origins get nothing, so browsers block.
    func applyCORS(to response: inout HTTPResponse, for request: HTTPRequest) {
        guard !cors.allowedOrigins.isEmpty else { return }
        let anyOrigin = cors.allowedOrigins.contains("*")
        // With a list of origins the answer depends on Origin, down to whether it carries
        // Access-Control-Allow-Origin at all, so every response says so; otherwise a cache
        // (the browser's own) hands a copy fetched without Origin to a page on an allowed
        // origin (Fetch standard, "CORS protocol and HTTP caches").
        if !anyOrigin { addVary("Origin", to: &response) }
        guard let origin = request.headers.first("origin"),
            anyOrigin || cors.allowedOrigins.contains(origin)
        else { return }
        response.headers.set("Access-Control-Allow-Origin", anyOrigin ? "*" : origin)

        let isPreflight = request.method == .options
            && request.headers.contains("access-control-request-method")
        guard isPreflight else { return }
        if response.status.code == 204 || response.status.code == 200,
            let allow = response.headers.first("allow")
        {
            response.headers.set("Access-Control-Allow-Methods", allow)
        }
        if let requested = request.headers.first("access-control-request-headers") {
            response.headers.set("Access-Control-Allow-Headers", requested)
        }
        response.headers.set("Access-Control-Max-Age", "\(cors.maxAge.components.seconds)")
    }

    /// gzip when enabled, the body is big enough, the client accepts it and the handler has
    /// not chosen a coding itself. `Vary: Accept-Encoding` goes on every response that could
    /// have been compressed, so caches keep the two forms apart (RFC 9110 §12.5.5).
    func compressIfWorthwhile(_ response: inout HTTPResponse, for request: HTTPRequest) {
        guard gzip.enabled, response.bodyCount >= gzip.minimumSize,
            HTTPResponseEncoder.allowsBody(response.status),
            !response.headers.contains("content-encoding"),
            Self.isCompressible(response.headers.first("content-type"))
        else { return }
        addVary("Accept-Encoding", to: &response)
        // No Accept-Encoding field means no gzip; checked first so such a request builds no list.
        guard request.headers.contains("accept-encoding"),
            AcceptEncoding.allowsGzip(request.headers.all("accept-encoding"))
        else { return }
        if let kept = response.gzipMemo?.compressed {
            response.body = kept
            response.bodyPieces = []
            response.headers.set("Content-Encoding", "gzip")
            return
        }
        do {
            let compressed = try Gzip.compress(response.joinedBody, level: gzip.level)
            response.gzipMemo?.keep(compressed)
            response.body = compressed
            response.bodyPieces = []
            response.headers.set("Content-Encoding", "gzip")
        } catch {
            // Sending the identity form is always correct; the failure is zlib's, not the
            // client's, and zlib only fails here when out of memory.
            logger.warning("gzip failed, sending identity", metadata: ["error": "\(error)"])
        }
    }

    /// Already-compressed media gain nothing from gzip.
    static func isCompressible(_ contentType: String?) -> Bool {
        guard let contentType else { return true }
        // The usual answer without lowercasing a copy: every JSON response asks this.
        if contentType.utf8.starts(with: "application/json".utf8) { return true }
        return isCompressibleLowercased(contentType.lowercased())
    }

    private static func isCompressibleLowercased(_ contentType: String) -> Bool {
        if contentType.hasPrefix("image/") { return contentType.hasPrefix("image/svg") }
        return !(contentType.hasPrefix("video/") || contentType.hasPrefix("audio/")
            || contentType.hasPrefix("application/zip") || contentType.hasPrefix("application/gzip"))
    }

    func addVary(_ name: String, to response: inout HTTPResponse) {
        if let existing = response.headers.first("vary") {
            guard !response.headers.containsToken(name, in: "vary") else { return }
            response.headers.set("Vary", existing + ", " + name)
        } else {
            response.headers.add("Vary", name)
        }
    }
}
