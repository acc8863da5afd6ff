import Testing

@testable import BylineHTTP

@Suite struct ParserBodyTests {
    @Test func contentLengthBody_isRead() {
        let request = parseAll("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello").requests.first
        #expect(request?.body == Array("hello".utf8))
    }

    @Test func contentLengthBody_waitsForAllBytes() throws {
        var parser = HTTPRequestParser()
        parser.append(contentsOf: Array("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhel".utf8))
        #expect(try parser.next() == nil)
        #expect(parser.phase == .body)
        parser.append(contentsOf: Array("lo".utf8))
        guard case .request(let request) = try parser.next() else {
            Issue.record("no request")
            return
        }
        #expect(request.body == Array("hello".utf8))
    }

    @Test func sameDuplicateContentLength_isAccepted() {
        let result = parseAll("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 2, 2\r\n\r\nhi")
        #expect(result.requests.first?.body == Array("hi".utf8))
    }

    @Test func differingContentLengths_is400() {
        let result = parseAll("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nhi!")
        #expect(result.error == .invalidContentLength)
        #expect(result.error?.status == .badRequest)
    }

    @Test(arguments: ["-1", "abc", "1e3", "+5", "", "0x10", "5 5"])
    func invalidContentLength_is400(value: String) {
        #expect(parseAll("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: \(value)\r\n\r\n").error == .invalidContentLength)
    }

    @Test func transferEncodingWithContentLength_is400() {
        let result = parseAll(
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        #expect(result.error == .ambiguousMessageLength)
        #expect(result.error?.status == .badRequest)
    }

    @Test func transferEncodingOnHTTP10_is400() {
        #expect(parseAll("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n").error == .ambiguousMessageLength)
    }

    @Test func unknownTransferCoding_is501() {
        let result = parseAll("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
        #expect(result.error == .unsupportedTransferCoding)
        #expect(result.error?.status.code == 501)
    }

    @Test func chunkedNotLast_orRepeated_is400() {
        #expect(parseAll("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, chunked\r\n\r\n").error == .ambiguousMessageLength)
        #expect(parseAll("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: ,\r\n\r\n").error == .ambiguousMessageLength)
    }

    @Test func announcedBodyOverLimit_is413_beforeAnyBodyByte() {
        var parser = HTTPRequestParser()
        parser.append(contentsOf: Array("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1048577\r\n\r\n".utf8))
        #expect(throws: HTTPParserError.contentTooLarge) { try parser.next() }
        #expect(HTTPParserError.contentTooLarge.status.code == 413)
    }

    @Test func hugeContentLength_is413_notAnOverflow() {
        let result = parseAll("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999999\r\n\r\n")
        #expect(result.error == .contentTooLarge)
    }

    @Test func chunkedBody_withExtensionsAndTrailers_isAssembled() {
        let text = "POST /up HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: Chunked\r\n\r\n"
            + "5;name=value\r\nhello\r\n6 \r\n world\r\n0\r\nX-Checksum: abc\r\n\r\n"
        let result = parseAll(text)
        #expect(result.error == nil)
        #expect(result.requests.first?.body == Array("hello world".utf8))
        #expect(result.requests.first?.trailers["x-checksum"] == "abc")
    }

    @Test(arguments: ["zz\r\n", "\r\n", "5\r\nhelloXX", "5;\u{01}\r\nhello\r\n"])
    func malformedChunk_is400(chunk: String) {
        let result = parseAll("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n\(chunk)0\r\n\r\n")
        #expect(result.error == .invalidChunkedBody)
    }

    @Test func chunkedBodyOverLimit_is413() {
        let limits = HTTPParserLimits(maxBodySize: 10)
        let result = parseAll(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n8\r\n", limits: limits)
        #expect(result.error == .contentTooLarge)
        let longSize = parseAll(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffffffff\r\n")
        #expect(longSize.error == .contentTooLarge)
    }

    @Test func expectContinue_isAnnouncedBeforeTheBody() throws {
        var parser = HTTPRequestParser()
        parser.append(contentsOf: Array("PUT / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n".utf8))
        guard case .continueExpected = try parser.next() else {
            Issue.record("expected continueExpected")
            return
        }
        #expect(try parser.next() == nil)
        parser.append(contentsOf: Array("ok".utf8))
        guard case .request(let request) = try parser.next() else {
            Issue.record("expected the request")
            return
        }
        #expect(request.body == Array("ok".utf8))
    }

    @Test func expectContinueWithOversizedBody_is413_notContinue() {
        let result = parseAll("PUT / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2000000\r\n\r\n")
        #expect(result.error == .contentTooLarge)
    }

    @Test func unknownExpectation_is417() {
        let result = parseAll("PUT / HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\nContent-Length: 0\r\n\r\n")
        #expect(result.error == .unsupportedExpectation)
        #expect(result.error?.status.code == 417)
    }

    @Test func errorsAreSticky() {
        var parser = HTTPRequestParser()
        parser.append(contentsOf: Array("GET / HTTP/1.1\r\n\r\n".utf8))
        #expect(throws: HTTPParserError.invalidHost) { try parser.next() }
        parser.append(contentsOf: Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        #expect(throws: HTTPParserError.invalidHost) { try parser.next() }
    }
}

extension HTTPParserEvent: Equatable {
    public static func == (lhs: HTTPParserEvent, rhs: HTTPParserEvent) -> Bool {
        switch (lhs, rhs) {
        case (.continueExpected, .continueExpected): return true
        case (.request(let a), .request(let b)): return a.target == b.target && a.body == b.body
        default: return false
        }
    }
}
