import BylineCorpus
import BylineHTTP

/// The service's own endpoints: the index, health, readiness, metrics and the API description.
struct ServiceController: Sendable {
    let service: CorpusService
    let metrics: APIMetrics
    /// Filled in after all routes exist: the document describes every one of them.
    let openAPI: @Sendable () -> [UInt8]
    let links: [(String, String)]

    var routes: [APIRoute] {
        [
            APIRoute(
                "/", operationId: "getIndex", summary: "Service name, version, corpus size and links to every endpoint.",
                tag: "service", response: .json(description: "The index.", schema: Schemas.ref("Index")),
                readsCorpus: false, cacheable: true, handler: index),
            APIRoute(
                "/healthz", operationId: "getHealth", summary: "Liveness: the process is up and serving.", tag: "service",
                response: .json(description: "Always ok while the process runs.", schema: Schemas.ref("Health")),
                readsCorpus: false, handler: { _ throws(APIError) in .json(Array(#"{"status":"ok"}"#.utf8)) }),
            APIRoute(
                "/readyz", operationId: "getReadiness", summary: "Readiness: 200 once the corpus is loaded, 503 while loading.",
                tag: "service", response: .json(description: "The corpus is loaded.", schema: Schemas.ref("Ready")),
                readsCorpus: false, handler: ready),
            APIRoute(
                "/metrics", operationId: "getMetrics",
                summary: "Prometheus metrics: requests and latency by route and status, connections, corpus sizes.",
                tag: "service",
                response: .text(description: "Prometheus text exposition format.", contentType: "text/plain; version=0.0.4"),
                readsCorpus: false, handler: metricsText),
            APIRoute(
                "/openapi.json", operationId: "getOpenAPI", summary: "This API's OpenAPI 3.1 description.", tag: "service",
                response: .json(description: "The OpenAPI document.", schema: .object([("type", "object")])),
                readsCorpus: false, cacheable: true, handler: { [openAPI] _ throws(APIError) in .json(openAPI()) }),
        ]
    }

    @Sendable func index(_ request: APIRequest) throws(APIError) -> APIBody {
        let stats = request.snapshot.stats
        var corpus: [(String, JSONValue)] = [
            ("articles", .int(stats.articleCount)), ("entities", .int(stats.entityCount)),
            ("quotes", .int(stats.quoteCount)), ("mentions", .int(stats.mentionCount)),
        ]
        if service.isReady { corpus.append(("loadedAt", .string(stats.loadedAt))) }
        return .json(JSONValue.object([
            ("name", "byline"), ("version", .string(BylineAPI.version)), ("ready", .bool(service.isReady)),
            ("corpus", .object(corpus)), ("links", .object(links.map { ($0.0, .string($0.1)) })),
        ]).bytes)
    }

    @Sendable func ready(_ request: APIRequest) throws(APIError) -> APIBody {
        guard service.isReady else { throw APIError.notReady }
        let stats = request.snapshot.stats
        return .json(JSONValue.object([
            ("status", "ready"), ("articles", .int(stats.articleCount)), ("entities", .int(stats.entityCount)),
            ("quotes", .int(stats.quoteCount)), ("loadedAt", .string(stats.loadedAt)),
        ]).bytes)
    }

    @Sendable func metricsText(_ request: APIRequest) throws(APIError) -> APIBody {
        var response = HTTPResponse(status: .ok, body: metrics.exposition())
        response.headers.add("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
        response.headers.add("Cache-Control", "no-store")
        return .response(response)
    }
}
