import Testing

@testable import BylineHTTP

/// Requests must parse the same whatever the TCP segmentation: split at every byte, fed one
/// byte at a time, or several in one read.
@Suite struct ParserSplitTests {
    static let validRequests: [String] = [
        "GET /articles?q=putin HTTP/1.1\r\nHost: example.org\r\nAccept: */*\r\n\r\n",
        "GET / HTTP/1.0\r\n\r\n",
        "POST /items HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\nContent-Type: text/plain\r\n\r\nhello world",
        "PUT /up HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\nWiki\r\n5\r\npedia\r\n0\r\nX-T: 1\r\n\r\n",
        "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET http://example.org/a%20b HTTP/1.1\nHost: example.org\n\n",
        "\r\nDELETE /articles/1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    ]

    /// Parses `chunks` in order and returns the requests, failing the test on any error.
    static func parse(_ chunks: [[UInt8]]) -> [HTTPRequest] {
        var parser = HTTPRequestParser()
        var requests: [HTTPRequest] = []
        for chunk in chunks {
            parser.append(contentsOf: chunk)
            do {
                while let event = try parser.next() {
                    if case .request(let request) = event { requests.append(request) }
                }
            } catch {
                Issue.record("unexpected \(error)")
                return requests
            }
        }
        return requests
    }

    static func same(_ a: HTTPRequest, _ b: HTTPRequest) -> Bool {
        a.method == b.method && a.target == b.target && a.path == b.path && a.query == b.query
            && a.version == b.version && a.headers == b.headers && a.body == b.body && a.trailers == b.trailers
    }

    @Test(arguments: validRequests)
    func validRequest_parsesIdentically_whenSplitAtEveryBytePosition(text: String) {
        let bytes = Array(text.utf8)
        let whole = Self.parse([bytes])
        #expect(whole.count == 1)
        guard let expected = whole.first else { return }
        for split in 0...bytes.count {
            let parts = Self.parse([Array(bytes[..<split]), Array(bytes[split...])])
            #expect(parts.count == 1, "split at \(split)")
            if let got = parts.first { #expect(Self.same(got, expected), "split at \(split)") }
        }
    }

    @Test(arguments: validRequests)
    func validRequest_parsesIdentically_whenFedOneByteAtATime(text: String) {
        let bytes = Array(text.utf8)
        let expected = Self.parse([bytes])
        let got = Self.parse(bytes.map { [$0] })
        #expect(got.count == 1)
        if let first = got.first, let want = expected.first { #expect(Self.same(first, want)) }
    }

    @Test func pipelinedRequests_inOneRead_comeOutInOrder() {
        let all = Self.validRequests.dropLast().joined()
        let requests = Self.parse([Array(all.utf8)])
        #expect(requests.map(\.target) == ["/articles?q=putin", "/", "/items", "/up", "*", "http://example.org/a%20b"])
    }

    @Test func pipelinedRequests_splitAtEveryPosition_comeOutInOrder() {
        let all = Array((Self.validRequests[0] + Self.validRequests[2] + Self.validRequests[3]).utf8)
        for split in stride(from: 0, through: all.count, by: 1) {
            let requests = Self.parse([Array(all[..<split]), Array(all[split...])])
            #expect(requests.map(\.path) == ["/articles", "/items", "/up"], "split at \(split)")
        }
    }

    @Test func manyPipelinedRequests_doNotGrowTheBufferWithoutBound() throws {
        var parser = HTTPRequestParser()
        let one = Array("GET /x HTTP/1.1\r\nHost: x\r\n\r\n".utf8)
        var count = 0
        for _ in 0..<2000 {
            parser.append(contentsOf: one)
            while case .request = try parser.next() { count += 1 }
        }
        #expect(count == 2000)
        #expect(parser.bufferedByteCount == 0)
        #expect(parser.phase == .idle)
    }
}
