import Testing

@testable import BylineHTTP

@Suite struct ParserHeaderTests {
    @Test func fields_keepOrder_andTrimOptionalWhitespace() {
        let request = parseAll("GET / HTTP/1.1\r\nHost: x\r\nX-A: \t one two \t\r\nx-a:three\r\n\r\n").requests.first
        #expect(request?.headers.all("X-A") == ["one two", "three"])
        #expect(request?.headers["host"] == "x")
        #expect(request?.headers.count == 3)
    }

    @Test func http11WithoutHost_is400() {
        let result = parseAll("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n")
        #expect(result.error == .invalidHost)
        #expect(result.error?.status == .badRequest)
    }

    @Test func twoHostFields_is400() {
        #expect(parseAll("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n").error == .invalidHost)
    }

    @Test func hostWithSpaceOrSlash_is400() {
        #expect(parseAll("GET / HTTP/1.1\r\nHost: a b\r\n\r\n").error == .invalidHost)
        #expect(parseAll("GET / HTTP/1.1\r\nHost: a/b\r\n\r\n").error == .invalidHost)
    }

    @Test(arguments: ["Bad Name: x", "Bad(Name): x", "Name : x", ": x", "NoColon", "Na\u{7F}me: x"])
    func invalidFieldName_is400(line: String) {
        let result = parseAll("GET / HTTP/1.1\r\nHost: x\r\n\(line)\r\n\r\n")
        #expect(result.error == .invalidHeaderName)
        #expect(result.error?.status == .badRequest)
    }

    @Test(arguments: ["X: a\0b", "X: a\rb", "X: a\u{01}b", "X: a\u{7F}"])
    func controlCharacterInValue_is400(line: String) {
        let result = parseAll("GET / HTTP/1.1\r\nHost: x\r\n\(line)\r\n\r\n")
        #expect(result.error == .invalidHeaderValue)
    }

    @Test func obsoleteLineFolding_is400() {
        let result = parseAll("GET / HTTP/1.1\r\nHost: x\r\nX-Long: a\r\n  continued\r\n\r\n")
        #expect(result.error == .obsoleteLineFolding)
        #expect(result.error?.status == .badRequest)
    }

    @Test func obsTextInValue_isAccepted() {
        var parser = HTTPRequestParser()
        parser.append(contentsOf: Array("GET / HTTP/1.1\r\nHost: x\r\nX: caf".utf8) + [0xE9] + Array("\r\n\r\n".utf8))
        #expect(throws: Never.self) { try parser.next() }
    }

    @Test func headerSectionOverLimit_is431_evenBeforeItEnds() {
        var parser = HTTPRequestParser(limits: HTTPParserLimits(maxHeaderSectionSize: 1024))
        parser.append(contentsOf: Array("GET / HTTP/1.1\r\nHost: x\r\nX-Big: ".utf8))
        parser.append(contentsOf: [UInt8](repeating: 0x61, count: 2000))
        #expect(throws: HTTPParserError.headerSectionTooLarge) { try parser.next() }
        #expect(HTTPParserError.headerSectionTooLarge.status.code == 431)
    }

    @Test func defaultLimit_acceptsJustUnder16KiB_andRefusesOver() {
        let filler = String(repeating: "v", count: 8000)
        let ok = "GET / HTTP/1.1\r\nHost: x\r\nA: \(filler)\r\nB: \(filler)\r\n\r\n"
        #expect(parseAll(ok).error == nil)
        let over = "GET / HTTP/1.1\r\nHost: x\r\nA: \(filler)\r\nB: \(filler)\r\nC: \(filler)\r\n\r\n"
        #expect(parseAll(over).error == .headerSectionTooLarge)
    }

    @Test func moreThan100Fields_is431() {
        let hundred = (0..<99).map { "X-\($0): v\r\n" }.joined()
        #expect(parseAll("GET / HTTP/1.1\r\nHost: x\r\n\(hundred)\r\n").error == nil)
        let more = (0..<100).map { "X-\($0): v\r\n" }.joined()
        #expect(parseAll("GET / HTTP/1.1\r\nHost: x\r\n\(more)\r\n").error == .headerSectionTooLarge)
    }

    @Test func keepAlive_followsVersionAndConnectionField() {
        func keepAlive(_ text: String) -> Bool? { parseAll(text).requests.first?.wantsKeepAlive }
        #expect(keepAlive("GET / HTTP/1.1\r\nHost: x\r\n\r\n") == true)
        #expect(keepAlive("GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n") == false)
        #expect(keepAlive("GET / HTTP/1.0\r\n\r\n") == false)
        #expect(keepAlive("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") == true)
        #expect(keepAlive("GET / HTTP/1.1\r\nHost: x\r\nConnection: upgrade, close\r\n\r\n") == false)
    }
}
