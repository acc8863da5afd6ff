import Foundation
import Testing

@Suite struct FormatAndCORSTests {
    @Test func pretty_indents_withTheSameContent() throws {
        let server = try Fixtures.server()
        let compact = try server.request("GET", "/articles?limit=2")
        let pretty = try server.request("GET", "/articles?limit=2&pretty")
        let accept = try server.request("GET", "/articles?limit=2", headers: ["Accept: application/json; indent=4"])
        #expect(!compact.text.contains("\n"))
        #expect(pretty.text.contains("\n  \"items\": ["))
        #expect(accept.text == pretty.text)
        let a = try JSONSerialization.jsonObject(with: Data(compact.body)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(pretty.body)) as? NSDictionary
        #expect(a != nil && a == b)
        #expect(try server.request("GET", "/articles?pretty=false").text.contains("\n") == false)
        #expect(try server.request("GET", "/articles?pretty=sometimes").status == 400)
    }

    @Test func errors_arePrettyOnRequestToo() throws {
        let response = try Fixtures.server().request("GET", "/articles/none?pretty")
        #expect(response.status == 404)
        #expect(response.text.contains("\n    \"code\": \"not_found\""))
    }

    @Test func preflight_isAnswered_forAnyOriginByDefault() throws {
        let server = try Fixtures.server()
        let preflight = try server.request(
            "OPTIONS", "/articles",
            headers: ["Origin: https://news.example", "Access-Control-Request-Method: GET", "Access-Control-Request-Headers: If-None-Match"])
        #expect(preflight.status == 204)
        #expect(preflight.header("Access-Control-Allow-Origin") == "*")
        #expect(preflight.header("Access-Control-Allow-Methods")?.contains("GET") == true)
        #expect(preflight.header("Access-Control-Allow-Headers")?.contains("If-None-Match") == true)
        let simple = try server.request("GET", "/entities", headers: ["Origin: https://news.example"])
        #expect(simple.header("Access-Control-Allow-Origin") == "*")
    }

    @Test func configuredOrigins_only_getCORSHeaders() throws {
        let server = try TestServer(corpus: try Fixtures.corpus, cors: ["https://allowed.example"])
        let allowed = try server.request("GET", "/articles", headers: ["Origin: https://allowed.example"])
        #expect(allowed.header("Access-Control-Allow-Origin") == "https://allowed.example")
        #expect(allowed.header("Vary")?.contains("Origin") == true)
        let other = try server.request("GET", "/articles", headers: ["Origin: https://other.example"])
        #expect(other.header("Access-Control-Allow-Origin") == nil)
    }

    @Test func head_hasHeadersWithoutBody() throws {
        let server = try Fixtures.server()
        let head = try server.request("HEAD", "/articles")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.header("ETag") == (try server.request("GET", "/articles").header("ETag")))
    }
}
