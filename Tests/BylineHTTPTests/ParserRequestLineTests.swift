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
