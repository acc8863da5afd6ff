@testable import BylineAPI
import Foundation
import Testing

@Suite struct ServiceEndpointTests {
    @Test func index_namesServiceAndLinksEveryEndpoint() throws {
        let server = try Fixtures.server()
        let (response, body) = try server.json("/")
        #expect(response.status == 200)
        #expect(body["name"] as? String == "byline")
        #expect(body["version"] as? String == BylineAPI.version)
        #expect(body["ready"] as? Bool == true)
        #expect((body["corpus"] as? [String: Any])?["articles"] as? Int == 5)
        let links = Set((body["links"] as? [String: String] ?? [:]).values)
        for route in server.api.routes {
            #expect(links.contains(route.path), "\(route.path) missing from the index")
        }
    }

    @Test func healthz_andReadyz_answerOnceLoaded() throws {
        let server = try Fixtures.server()
        let (health, healthBody) = try server.json("/healthz")
        #expect(health.status == 200)
        #expect(healthBody["status"] as? String == "ok")
        let (ready, readyBody) = try server.json("/readyz")
        #expect(ready.status == 200)
        #expect(readyBody["status"] as? String == "ready")
        #expect(readyBody["articles"] as? Int == 5)
        #expect(ready.header("Cache-Control") == "no-store")
    }

    @Test func whileLoading_readyzAndCorpusRoutesAnswer503_healthzStays200() throws {
        let server = try TestServer(corpus: try Fixtures.corpus, load: false)
        #expect(try server.request("GET", "/healthz").status == 200)
        for path in ["/readyz", "/articles", "/entities", "/quotes/x"] {
            let (response, body) = try server.json(path)
            #expect(response.status == 503, "\(path)")
            #expect((body["error"] as? [String: Any])?["code"] as? String == "not_ready")
            #expect(response.header("Retry-After") == "1")
        }
        server.service.load()
        #expect(try server.request("GET", "/readyz").status == 200)
        #expect(try server.request("GET", "/articles").status == 200)
    }

    @Test func metrics_countRequestsByRouteAndStatus_andReportCorpusSizes() throws {
        let server = try TestServer(corpus: try Fixtures.corpus)
        _ = try server.request("GET", "/articles?limit=1")
        _ = try server.request("GET", "/articles/no-such-article")
        let response = try server.request("GET", "/metrics")
        #expect(response.status == 200)
        #expect(response.header("Content-Type")?.hasPrefix("text/plain; version=0.0.4") == true)
        let text = response.text
        #expect(text.contains(#"byline_http_requests_total{method="GET",route="/articles",status="200"} 1"#))
        #expect(text.contains(#"byline_http_requests_total{method="GET",route="/articles/{id}",status="404"} 1"#))
        #expect(text.contains(#"byline_http_request_duration_seconds_bucket{method="GET",route="/articles",status="200",le="+Inf"} 1"#))
        #expect(text.contains("byline_corpus_articles 5"))
        #expect(text.contains("byline_http_open_connections"))
    }

    @Test func openapi_describesEveryRouteAsServed() throws {
        let server = try Fixtures.server()
        let (response, document) = try server.json("/openapi.json")
        #expect(response.status == 200)
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = document["paths"] as? [String: [String: Any]] ?? [:]
        #expect(Set(paths.keys) == Set(server.api.routes.map(\.path)))
        for route in server.api.routes {
            let operation = paths[route.path]?[route.method.rawValue.lowercased()] as? [String: Any]
            #expect(operation?["operationId"] as? String == route.operationId)
            let parameters = (operation?["parameters"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(Set(parameters) == Set(route.pathParameters + route.acceptedParameters.map(\.name)), "\(route.path)")
        }
    }

    @Test func unknownPath_is404Json_andWrongMethod_is405WithAllow() throws {
        let server = try Fixtures.server()
        let missing = try server.request("GET", "/no/such/path")
        #expect(missing.status == 404)
        #expect(((try JSON.object(missing.body))["error"] as? [String: Any])?["status"] as? Int == 404)
        let post = try server.request("POST", "/articles")
        #expect(post.status == 405)
        #expect(post.header("Allow")?.contains("GET") == true)
        #expect(((try JSON.object(post.body))["error"] as? [String: Any])?["code"] as? String == "method_not_allowed")
    }
}

