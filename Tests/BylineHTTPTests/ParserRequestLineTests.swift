import Testing

@testable import BylineHTTP

/// Feeds `text` to a fresh parser and returns every event, or the error it threw.
func parseAll(_ text: String, limits: HTTPParserLimits = .init()) -> (requests: [HTTPRequest], error: HTTPParserError?) {
    var parser = HTTPRequestParser(limits: limits)
    parser.append(contentsOf: Array(text.utf8))
    var requests: [HTTPRequest] = []
    do {
        while let event = try parser.next() {
            if case .request(let request) = event { requests.append(request) }
        }
    } catch {
        return (requests, error)
    }
    return (requests, nil)
}

@Suite struct ParserRequestLineTests {
    @Test func simpleGet_parsesMethodTargetPathAndVersion() {
        let result = parseAll("GET /articles?q=putin&limit=5 HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(result.error == nil)
        let request = result.requests.first
        #expect(request?.method == .get)
        #expect(request?.target == "/articles?q=putin&limit=5")
        #expect(request?.path == "/articles")
        #expect(request?.query["q"] == "putin")
        #expect(request?.query["limit"] == "5")
        #expect(request?.version == .http1_1)
    }
}

extension ParserRequestLineTests {
    @Test(arguments: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"])
    func knownMethod_isAccepted(method: String) {
        let result = parseAll("\(method) / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(result.error == nil)
        #expect(result.requests.first?.method.rawValue == method)
    }

    @Test(arguments: ["BREW", "CONNECT", "PROPFIND"])
    func unknownMethod_is501(method: String) {
        #expect(parseAll("\(method) / HTTP/1.1\r\nHost: x\r\n\r\n").error == .unknownMethod)
        #expect(HTTPParserError.unknownMethod.status == .notImplemented)
    }

    @Test func http2Preface_is505() {
        let result = parseAll("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")
        #expect(result.error == .unsupportedVersion)
        #expect(HTTPParserError.unsupportedVersion.status.code == 505)
    }

    @Test(arguments: ["HTTP/2", "HTTP/3.0", "HTTP/0.9"])
    func otherMajorVersions_are505(version: String) {
        #expect(parseAll("GET / \(version)\r\nHost: x\r\n\r\n").error == .unsupportedVersion)
    }

    @Test func http10_withoutHost_isAccepted() {
        let result = parseAll("GET /a HTTP/1.0\r\n\r\n")
        #expect(result.error == nil)
        #expect(result.requests.first?.version == .http1_0)
    }

    @Test func http1x_isServedAs11() {
        #expect(parseAll("GET / HTTP/1.7\r\nHost: x\r\n\r\n").requests.first?.version == .http1_1)
    }

    @Test(arguments: [
        "GET  / HTTP/1.1", "GET / HTTP/1.1 ", "GET /", "GET / http/1.1", "GET / HTTP/1.10",
        " GET / HTTP/1.1", "G(T / HTTP/1.1", "GET /a\u{7F} HTTP/1.1", "GET / HTTP/1.1\0",
    ])
    func malformedRequestLine_is400(line: String) {
        let result = parseAll("\(line)\r\nHost: x\r\n\r\n")
        #expect(result.error == .invalidRequestLine)
        #expect(result.error?.status == .badRequest)
    }

    @Test func absoluteForm_yieldsPathAndQuery() {
        let request = parseAll("GET http://example.org:8080/articles/a%20b?x=1 HTTP/1.1\r\nHost: example.org\r\n\r\n")
            .requests.first
        #expect(request?.path == "/articles/a b")
        #expect(request?.query["x"] == "1")
    }

    @Test func absoluteFormWithoutPath_isRoot() {
        #expect(parseAll("GET http://example.org HTTP/1.1\r\nHost: e\r\n\r\n").requests.first?.path == "/")
    }

    @Test func asteriskForm_onlyForOptions() {
        #expect(parseAll("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n").requests.first?.path == "*")
        #expect(parseAll("GET * HTTP/1.1\r\nHost: x\r\n\r\n").error == .invalidTarget)
    }

    @Test(arguments: ["articles", "ftp://x/y", "/a%zz", "/a%4", "/a%00b", "/a#frag", "http:///x"])
    func badTarget_is400(target: String) {
        let result = parseAll("GET \(target) HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(result.error == .invalidTarget)
        #expect(result.error?.status == .badRequest)
    }

    @Test func path_isPercentDecoded_andQueryPlusIsSpace() {
        let request = parseAll("GET /people/J%C3%BCrgen%2FX?q=vladimir+putin&q=%C3%A9&empty=&flag HTTP/1.1\r\nHost: x\r\n\r\n")
            .requests.first
        #expect(request?.path == "/people/Jürgen/X")
        #expect(request?.query.all("q") == ["vladimir putin", "é"])
        #expect(request?.query["empty"] == "")
        #expect(request?.query["flag"] == "")
        #expect(request?.target == "/people/J%C3%BCrgen%2FX?q=vladimir+putin&q=%C3%A9&empty=&flag")
    }

    @Test func requestLineOverLimit_is414_evenBeforeItEnds() {
        let long = "GET /" + String(repeating: "a", count: 9000)
        var parser = HTTPRequestParser()
        parser.append(contentsOf: Array(long.utf8))
        #expect(throws: HTTPParserError.requestLineTooLong) { try parser.next() }
        #expect(HTTPParserError.requestLineTooLong.status.code == 414)
    }

    @Test func requestLineAtLimit_isAccepted() {
        let limits = HTTPParserLimits(maxRequestLineLength: 64)
        let line = "GET /" + String(repeating: "a", count: 64 - 16) + " HTTP/1.1\r\n"
        #expect(line.utf8.count == 64)
        #expect(parseAll(line + "Host: x\r\n\r\n", limits: limits).error == nil)
        let tooLong = "GET /" + String(repeating: "a", count: 64 - 15) + " HTTP/1.1\r\n"
        #expect(parseAll(tooLong + "Host: x\r\n\r\n", limits: limits).error == .requestLineTooLong)
    }

    @Test func emptyLinesBeforeRequestLine_areIgnored() {
        #expect(parseAll("\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n").requests.count == 1)
    }

    @Test func bareLF_isAcceptedAsLineEnd() {
        #expect(parseAll("GET / HTTP/1.1\nHost: x\n\n").requests.count == 1)
    }
}
