import BylineTestSupport
import Foundation
import Testing

@testable import BylineAPI

/// Answers kept by request target (`AnswerCache`): a repeated request gets what the full path
/// gave, to the byte, with the same validators, conditional answers and codings.
@Suite(.serialized) struct AnswerCacheTests {
    /// A server of its own, so the first request of each test is answered by the full path.
    func freshServer() throws -> TestServer { try TestServer(corpus: try Fixtures.corpus) }

    func articleId(_ server: TestServer) throws -> String {
        let (_, list) = try server.json("/articles?limit=1&sort=title")
        let items = try #require(list["items"] as? [[String: Any]])
        return try #require(items.first?["id"] as? String)
    }

    /// The response as sent, without Date (the only field that changes between two answers).
    func raw(_ server: TestServer, _ request: String) throws -> String {
        let port = try #require(server.server.address?.port)
        let client = try RawSocketClient(port: port)
        client.send(request)
        let answer = client.receiveResponses(1)
        return answer.split(separator: "\r\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("Date: ") }.joined(separator: "\r\n")
    }

    @Test func repeatedRequest_getsTheSameBytes_asTheFirstAnswer() throws {
        let server = try freshServer()
        let id = try articleId(server)
        for target in ["/articles/\(id)", "/articles/\(id)?include=entities,quotes", "/quotes?limit=50", "/articles?q=said", "/entities?limit=3"] {
            for extra in ["", "Accept-Encoding: gzip\r\n", "Origin: https://app.example\r\n"] {
                let request = "GET \(target) HTTP/1.1\r\nHost: x\r\n\(extra)Connection: close\r\n\r\n"
                let first = try raw(server, request)
                #expect(first.hasPrefix("HTTP/1.1 200 OK\r\n"), "\(target)")
                for _ in 0..<2 {
                    #expect(try raw(server, request) == first, "\(target) \(extra)")
                }
            }
        }
        #expect(server.api.answerCacheCount > 0)
    }

    @Test func article_isSentFromItsStoredParts_andGzippedOnce() throws {
        let server = try freshServer()
        let id = try articleId(server)
        let plain = try server.request("GET", "/articles/\(id)")
        let article = try JSON.object(plain.body)
        #expect(article["id"] as? String == id)
        #expect((article["paragraphs"] as? [String])?.isEmpty == false)
        #expect(plain.header("Content-Length") == "\(plain.body.count)")
        for _ in 0..<2 {
            let zipped = try server.request("GET", "/articles/\(id)", acceptEncoding: "gzip")
            #expect(zipped.header("Content-Encoding") == "gzip")
            #expect(zipped.header("Vary") == "Accept-Encoding")
            #expect(zipped.body == plain.body, "curl decodes the kept gzip form back to the identity bytes")
            #expect(zipped.header("ETag") != plain.header("ETag"))
        }
    }

    @Test func cachedTarget_stillAnswersConditionalRequests_andHead() throws {
        let server = try freshServer()
        let first = try server.request("GET", "/quotes?limit=50")
        let etag = try #require(first.header("ETag"))
        let again = try server.request("GET", "/quotes?limit=50", headers: ["If-None-Match: \(etag)"])
        #expect(again.status == 304)
        #expect(again.body.isEmpty)
        #expect(again.header("ETag") == etag)
        let lastModified = try #require(first.header("Last-Modified"))
        #expect(try server.request("GET", "/quotes?limit=50", headers: ["If-Modified-Since: \(lastModified)"]).status == 304)
        let head = try server.request("HEAD", "/quotes?limit=50")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.header("ETag") == etag)
        #expect(head.header("Content-Length") == "\(first.body.count)")
    }

    @Test func refusedTargets_areNeverKept_andPrettyIsStillPretty() throws {
        let server = try freshServer()
        for _ in 0..<2 {
            #expect(try server.request("GET", "/quotes?limit=0").status == 400)
            #expect(try server.request("GET", "/quotes?limit=5&planet=mars").status == 400)
            #expect(try server.request("GET", "/articles/no-such-article").status == 404)
        }
        let compact = try server.request("GET", "/quotes?limit=2")
        let pretty = try server.request("GET", "/quotes?limit=2", headers: ["Accept: application/json; indent=2"])
        #expect(String(decoding: pretty.body, as: UTF8.self).contains("\n  "))
        #expect(!String(decoding: compact.body, as: UTF8.self).contains("\n"))
        #expect(pretty.header("ETag") != compact.header("ETag"))
    }
}

@Suite struct AnswerCacheUnitTests {
    func answer(_ text: String) -> AnswerCache.Answer {
        AnswerCache.Answer(body: Array(text.utf8), pieces: [], identityTag: "\"i\"", gzipTag: "\"g\"")
    }

    @Test func answers_areKeptPerSnapshot_andBounded() {
        let cache = AnswerCache(maxEntries: 4, maxBytes: 1 << 20)
        cache.store(answer("a"), identity: "s1", target: "/a")
        #expect(cache.cached(identity: "s1", target: "/a")?.body == Array("a".utf8))
        #expect(cache.cached(identity: "s2", target: "/a") == nil, "another snapshot's answer is never served")
        cache.store(answer("b"), identity: "s2", target: "/b")
        #expect(cache.cached(identity: "s1", target: "/a") == nil)
        #expect(cache.count == 1, "a new snapshot drops the old one's answers")
        for index in 0..<50 {
            cache.store(answer("\(index)"), identity: "s2", target: "/\(index)")
            #expect(cache.count <= 8)
        }
    }
}
