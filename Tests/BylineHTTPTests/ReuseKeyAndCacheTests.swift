import Testing

@testable import BylineHTTP

/// Which requests share a reusable response, how the cache is bounded and emptied, and how a
/// repeated head is found and learned.
@Suite struct ReuseKeyAndCacheTests {
    func request(_ method: HTTPMethod = .get, _ headers: [(String, String)] = [("Host", "x")], version: HTTPVersion = .http1_1) -> HTTPRequest {
        HTTPRequest(method: method, target: "/a?b=1", path: "/a", version: version, headers: HTTPHeaders(headers))
    }

    @Test func key_coversOnlyRequestsThatGetTheSameBytes() {
        #expect(ReuseKey(request()) != nil)
        #expect(ReuseKey(request(.head)) != nil)
        #expect(ReuseKey(request(.post)) == nil)
        #expect(ReuseKey(request(version: .http1_0)) == nil)
        #expect(ReuseKey(request(.get, [("Host", "x"), ("Connection", "close")])) == nil)
        #expect(ReuseKey(request(.get, [("Host", "x"), ("Connection", "Upgrade")])) == nil)
        #expect(ReuseKey(request(.get, [("Host", "x"), ("Connection", "Keep-Alive")])) == ReuseKey(request()))
        #expect(ReuseKey(request(.get, [("Sec-Fetch-Mode", "cors"), ("sec-ch-ua", "x")])) == ReuseKey(request()))
        #expect(ReuseKey(request(.get, [("Sec-Other", "1")])) == nil)
        #expect(ReuseKey(request(.get, [("If-None-Match", "\"a\"")])) == nil)
        #expect(ReuseKey(request(.get, [("If-Modified-Since", "Mon, 30 Nov 2026 00:00:00 GMT")])) == nil)
        #expect(ReuseKey(request(.get, [("Authorization", "Bearer x")])) == nil)
        #expect(ReuseKey(request(.get, [("Accept-Encoding", "gzip"), ("accept-encoding", "br")])) == nil)
        #expect(ReuseKey(request(.get, [("Referer", "https://a"), ("USER-AGENT", "t")])) != nil)
        let gzip = ReuseKey(request(.get, [("Accept-Encoding", "gzip")]))
        #expect(gzip != ReuseKey(request()))
        #expect(gzip != ReuseKey(request(.get, [("Accept-Encoding", "identity")])))
        #expect(ReuseKey(request(.get, [("Accept", "application/json; indent=2")])) != ReuseKey(request()))
        #expect(ReuseKey(request(.get, [("Origin", "https://a")])) != ReuseKey(request()))
        #expect(ReuseKey(request(.head)) != ReuseKey(request()))
    }

    @Test func bufferedHead_isFoundOnlyAtARequestBoundary() throws {
        var parser = HTTPRequestParser()
        parser.append(contentsOf: Array("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HT".utf8))
        let first = try #require(parser.bufferedHeadAtBoundary(maxLength: 1024))
        #expect(first == 0..<28)
        #expect(parser.bufferedHeadAtBoundary(maxLength: 20) == nil, "longer than the limit")
        parser.skipHead(through: first.upperBound)
        #expect(parser.bufferedHeadAtBoundary(maxLength: 1024) == nil, "the next head is incomplete")
        parser.append(contentsOf: Array("TP/1.1\r\nHost: x\r\n".utf8))
        _ = try parser.next()  // consumes the request line: no longer at a boundary
        parser.append(contentsOf: Array("\r\n".utf8))
        #expect(parser.bufferedHeadAtBoundary(maxLength: 1024) == nil)
        guard case .request(let request)? = try parser.next() else {
            Issue.record("the split request still parses")
            return
        }
        #expect(request.target == "/b")
    }

    @Test func repeatedHeads_learnOnlyExactHeadSections() {
        var heads = RepeatedHeads()
        let key = ReuseKey(HTTPRequest(method: .get, target: "/a", path: "/a"))!
        func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
        for rejected in ["\r\nGET /a HTTP/1.1\r\n\r\n", "GET /a HTTP/1.1\nHost: x\n\n", "GET /a HTTP/1.1\r\n\r\nX\r\n\r\n"] {
            bytes(rejected).withUnsafeBytes { heads.learn($0, key: key, path: "/a") }
        }
        #expect(heads.isEmpty)
        let good = bytes("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        good.withUnsafeBytes { heads.learn($0, key: key, path: "/a") }
        #expect(good.withUnsafeBytes { heads.match($0) }?.key == key)
        #expect(bytes("GET /b HTTP/1.1\r\nHost: x\r\n\r\n").withUnsafeBytes { heads.match($0) } == nil)
        #expect(bytes("GET /a HTTP/1.1\r\nHost: y\r\n\r\n").withUnsafeBytes { heads.match($0) } == nil)
    }

    func reusable(_ size: Int, _ epoch: ReuseEpoch) -> ReusableResponse {
        ReusableResponse(
            beforeDate: Array("HTTP/1.1 200 OK\r\nDate: ".utf8), afterDate: [13, 10, 13, 10],
            body: [UInt8](repeating: 0x20, count: size), routePattern: nil, status: 200, bodyCount: size, epoch: epoch)
    }

    func key(_ index: Int) -> ReuseKey {
        ReuseKey(HTTPRequest(method: .get, target: "/\(index)", path: "/\(index)"))!
    }

    @Test func cache_isBoundedInEntriesAndBytes() {
        let epoch = ReuseEpoch()
        let cache = ResponseReuseCache(limits: .init(maxEntries: 8, maxBytes: 10_000))
        for index in 0..<100 {
            cache.store(reusable(100, epoch), for: key(index))
            #expect(cache.usage.entries <= 16)
        }
        for index in 0..<100 {
            cache.store(reusable(3_000, epoch), for: key(index))
            #expect(cache.usage.bytes <= 20_000 + 2 * 3_200)
        }
        cache.store(reusable(20_000, epoch), for: key(1_000))
        #expect(cache.response(for: key(1_000)) == nil, "an entry above the byte bound is not kept")
        #expect(cache.response(for: key(99)) != nil)
        #expect(ResponseReuseCache(limits: .init(maxEntries: 0, maxBytes: 0)).isEnabled == false)
    }

    @Test func endedEpoch_dropsItsEntries_andANewEpochReplacesTheOld() {
        let old = ReuseEpoch()
        let cache = ResponseReuseCache(limits: .init(maxEntries: 100, maxBytes: 1 << 20))
        cache.store(reusable(10, old), for: key(1))
        cache.store(reusable(10, old), for: key(2))
        #expect(cache.response(for: key(1)) != nil)
        old.end()
        #expect(cache.response(for: key(1)) == nil)
        #expect(cache.usage.entries == 0, "the first miss on an ended epoch drops everything")
        cache.store(reusable(10, old), for: key(3))
        #expect(cache.usage.entries == 0, "an ended epoch's response is not stored")
        let new = ReuseEpoch()
        cache.store(reusable(10, new), for: key(4))
        let newer = ReuseEpoch()
        cache.store(reusable(10, newer), for: key(5))
        #expect(cache.usage.entries == 1, "storing under another epoch drops the previous epoch's entries")
        #expect(cache.response(for: key(5)) != nil)
    }
}
