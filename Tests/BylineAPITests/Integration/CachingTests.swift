import Foundation
import Testing

@Suite struct CachingTests {
    @Test func etag_roundTrip_answers304WithoutBody() throws {
        let server = try Fixtures.server()
        let first = try server.request("GET", "/articles?limit=2")
        #expect(first.status == 200)
        let etag = try #require(first.header("ETag"))
        #expect(etag.hasPrefix("\"") && etag.hasSuffix("\"") && !etag.hasPrefix("W/"))
        #expect(first.header("Cache-Control") == "public, max-age=60")
        #expect(first.header("Last-Modified")?.hasSuffix(" GMT") == true)

        let second = try server.request("GET", "/articles?limit=2", headers: ["If-None-Match: \(etag)"])
        #expect(second.status == 304)
        #expect(second.body.isEmpty)
        #expect(second.header("ETag") == etag)

        #expect(try server.request("GET", "/articles?limit=2", headers: ["If-None-Match: W/\(etag)"]).status == 304)
        #expect(try server.request("GET", "/articles?limit=2", headers: ["If-None-Match: \"other\", \(etag)"]).status == 304)
        #expect(try server.request("GET", "/articles?limit=2", headers: ["If-None-Match: *"]).status == 304)
        #expect(try server.request("GET", "/articles?limit=2", headers: ["If-None-Match: \"stale\""]).status == 200)
    }

    @Test func etag_differsByRequest_andIsStableForTheSameOne() throws {
        let server = try Fixtures.server()
        let a = try server.request("GET", "/articles?limit=2").header("ETag")
        let b = try server.request("GET", "/articles?limit=3").header("ETag")
        let c = try server.request("GET", "/articles?limit=2").header("ETag")
        let pretty = try server.request("GET", "/articles?limit=2", headers: ["Accept: application/json; indent=2"]).header("ETag")
        #expect(a != nil && a != b && a == c && a != pretty)
    }

    @Test func ifModifiedSince_usesTheLoadTime() throws {
        let server = try Fixtures.server()
        let lastModified = try #require(try server.request("GET", "/quotes").header("Last-Modified"))
        #expect(try server.request("GET", "/quotes", headers: ["If-Modified-Since: \(lastModified)"]).status == 304)
        #expect(try server.request("GET", "/quotes", headers: ["If-Modified-Since: Sat, 01 Jan 2000 00:00:00 GMT"]).status == 200)
        #expect(try server.request("GET", "/quotes", headers: ["If-Modified-Since: not a date"]).status == 200)
    }

    @Test func largeList_isGzipped_forClientsThatAcceptIt_withItsOwnTag() throws {
        let server = try Fixtures.server()
        let plain = try server.request("GET", "/articles?limit=500")
        let zipped = try server.request("GET", "/articles?limit=500", acceptEncoding: "gzip")
        #expect(plain.body.count >= 1024)
        #expect(plain.header("Content-Encoding") == nil)
        #expect(zipped.header("Content-Encoding") == "gzip")
        #expect(zipped.header("Vary")?.contains("Accept-Encoding") == true)
        #expect(zipped.body == plain.body, "curl decodes the gzip body back to the same bytes")
        #expect(zipped.header("ETag") != plain.header("ETag"))
    }

    @Test func statusEndpoints_areNotCached() throws {
        let server = try Fixtures.server()
        for path in ["/healthz", "/readyz", "/metrics"] {
            let response = try server.request("GET", path)
            #expect(response.header("Cache-Control") == "no-store", "\(path)")
            #expect(response.header("ETag") == nil, "\(path)")
        }
    }
}
