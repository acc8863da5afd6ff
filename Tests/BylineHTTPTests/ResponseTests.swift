import Testing

@testable import BylineHTTP

@Suite struct ResponseTests {
    static let date = Array("Sun, 06 Nov 1994 08:49:37 GMT".utf8)

    static func encode(_ response: HTTPResponse, head: Bool = false, keepAlive: Bool = true, version: HTTPVersion = .http1_1) -> String {
        var out: [UInt8] = []
        HTTPResponseEncoder.encode(response, isHead: head, keepAlive: keepAlive, version: version, date: date, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func encoder_addsContentLengthAndDate() {
        let text = Self.encode(.text("hi"))
        #expect(text == "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 2\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n\r\nhi")
    }

    @Test func encoder_saysCloseWithoutKeepAlive_andKeepAliveToHTTP10() {
        #expect(Self.encode(.text("x"), keepAlive: false).contains("\r\nConnection: close\r\n"))
        #expect(Self.encode(.text("x"), version: .http1_0).contains("\r\nConnection: keep-alive\r\n"))
        #expect(!Self.encode(.text("x")).contains("Connection:"))
    }

    @Test func head_keepsContentLength_dropsBody() {
        let text = Self.encode(.text("hello"), head: true)
        #expect(text.contains("Content-Length: 5\r\n"))
        #expect(text.hasSuffix("\r\n\r\n"))
    }

    @Test func noContent_hasNeitherLengthNorBody() {
        let text = Self.encode(HTTPResponse(status: .noContent, body: Array("x".utf8)))
        #expect(!text.contains("Content-Length"))
        #expect(text.hasSuffix("\r\n\r\n"))
    }

    @Test func handlerHeaders_cannotSplitTheResponse_orOverrideFraming() {
        var headers = HTTPHeaders()
        headers.add("X-Evil", "a\r\nSet-Cookie: x=1")
        headers.add("Content-Length", "999")
        let text = Self.encode(HTTPResponse(headers: headers, body: Array("ok".utf8)))
        #expect(text.contains("X-Evil: a  Set-Cookie: x=1\r\n"))
        #expect(!text.contains("999"))
    }

    @Test func httpDate_isIMFFixdate() {
        #expect(HTTPDate.format(784111777) == "Sun, 06 Nov 1994 08:49:37 GMT")
    }

    @Test(arguments: [
        ("gzip", true), ("gzip;q=0", false), ("br, gzip;q=0.5", true), ("*", true), ("*;q=0", false),
        ("identity", false), ("GZIP", true), ("x-gzip", true), ("gzip;q=0, *", false), ("deflate, *;q=0.1", true),
    ])
    func acceptEncoding_honoursQValues(value: String, allowed: Bool) {
        #expect(AcceptEncoding.allowsGzip([value]) == allowed)
    }

    @Test func noAcceptEncoding_meansNoGzip() {
        #expect(AcceptEncoding.allowsGzip([]) == false)
    }

    @Test func gzip_roundTrips() throws {
        let input = Array(String(repeating: "byline ", count: 500).utf8)
        let compressed = try Gzip.compress(input, level: 6)
        #expect(compressed.count < input.count / 10)
        #expect(compressed.prefix(2) == [0x1F, 0x8B])
        #expect(try Gzip.decompress(compressed) == input)
    }

    static let preparation = ResponsePreparation(
        gzip: .init(enabled: true, minimumSize: 1024),
        cors: .init(allowedOrigins: ["https://news.example"]))

    static func request(_ method: HTTPMethod = .get, _ headers: [(String, String)] = []) -> HTTPRequest {
        HTTPRequest(method: method, target: "/", path: "/", headers: HTTPHeaders(headers))
    }

    @Test func largeBody_isGzipped_whenAccepted_withVary() throws {
        let body = Array(String(repeating: "{\"a\":1}", count: 300).utf8)
        let prepared = Self.preparation.prepare(.json(body), for: Self.request(.get, [("Accept-Encoding", "gzip")]))
        #expect(prepared.headers["content-encoding"] == "gzip")
        #expect(prepared.headers["vary"] == "Origin, Accept-Encoding")
        #expect(try Gzip.decompress(prepared.body) == body)
    }

    @Test func largeBody_notAccepted_staysIdentity_butVaries() {
        let body = [UInt8](repeating: 0x61, count: 2000)
        let prepared = Self.preparation.prepare(.text(String(decoding: body, as: UTF8.self)), for: Self.request(.get))
        #expect(prepared.headers["content-encoding"] == nil)
        #expect(prepared.headers["vary"] == "Origin, Accept-Encoding")
        #expect(prepared.body == body)
    }

    @Test func smallBody_isNeverGzipped() {
        let prepared = Self.preparation.prepare(.text("tiny"), for: Self.request(.get, [("Accept-Encoding", "gzip")]))
        #expect(prepared.headers["content-encoding"] == nil)
        #expect(prepared.headers["vary"] == "Origin")
    }

    @Test func listedOrigins_varyOnOrigin_evenWithoutOriginHeader() {
        // A cached copy fetched without Origin must not be reused for a cross-origin page.
        let prepared = Self.preparation.prepare(.text("x"), for: Self.request(.get))
        #expect(prepared.headers["access-control-allow-origin"] == nil)
        #expect(prepared.headers["vary"] == "Origin")
    }

    @Test func allowedOrigin_getsCORSHeaders_othersDoNot() {
        let allowed = Self.preparation.prepare(.text("x"), for: Self.request(.get, [("Origin", "https://news.example")]))
        #expect(allowed.headers["access-control-allow-origin"] == "https://news.example")
        #expect(allowed.headers["vary"] == "Origin")
        let other = Self.preparation.prepare(.text("x"), for: Self.request(.get, [("Origin", "https://evil.example")]))
        #expect(other.headers["access-control-allow-origin"] == nil)
    }

    @Test func preflight_getsMethodsHeadersAndMaxAge() {
        var headers = HTTPHeaders()
        headers.add("Allow", "GET, HEAD, OPTIONS")
        let request = Self.request(.options, [
            ("Origin", "https://news.example"), ("Access-Control-Request-Method", "GET"),
            ("Access-Control-Request-Headers", "content-type"),
        ])
        let prepared = Self.preparation.prepare(HTTPResponse(status: .noContent, headers: headers), for: request)
        #expect(prepared.headers["access-control-allow-methods"] == "GET, HEAD, OPTIONS")
        #expect(prepared.headers["access-control-allow-headers"] == "content-type")
        #expect(prepared.headers["access-control-max-age"] == "600")
    }
}
