@testable import BylineHTTP
import BylineTestSupport
import Glibc
import Testing

/// Bodies sent from stored pieces (`HTTPResponse.bodyPieces`) and gzip forms kept in a
/// `GzipMemo`: the bytes on the wire are the same as for one joined body.
@Suite(.serialized) struct BodyPiecesTests {
    /// A body cut into pieces of uneven sizes, all slices of one stored array.
    static let stored: [UInt8] = Array(String(repeating: #"{"piece":"abcdefghij","n":42},"#, count: 400).utf8)
    static func pieces(of bytes: [UInt8], count: Int) -> [ArraySlice<UInt8>] {
        let cuts = (0...count).map { bytes.count * $0 * $0 / (count * count) }
        return zip(cuts, cuts.dropFirst()).map { bytes[$0..<$1] }
    }

    static var router: Router {
        var router = TestServer.defaultRouter
        router.add(.get, "/pieces") { _, _ in
            HTTPResponse(headers: HTTPHeaders([("Content-Type", "application/json")]), bodyPieces: pieces(of: stored, count: 40))
        }
        // More pieces than one writev takes (IOV_MAX is 1024): joined before sending.
        router.add(.get, "/many-pieces") { _, _ in
            HTTPResponse(headers: HTTPHeaders([("Content-Type", "application/json")]), bodyPieces: pieces(of: stored, count: 3000))
        }
        // Far more than the socket buffers hold, so the kernel takes it in several writes.
        router.add(.get, "/huge-pieces") { _, _ in
            HTTPResponse(bodyPieces: pieces(of: hugeStored, count: 100))
        }
        return router
    }
    static let hugeStored: [UInt8] = (0..<(4 * 1024 * 1024)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 13) }

    @Test func encoder_writesPiecesInOrder_withTheirTotalLength() {
        let response = HTTPResponse(bodyPieces: Self.pieces(of: Array("hello, pieces".utf8), count: 5))
        var out: [UInt8] = []
        HTTPResponseEncoder.encode(response, isHead: false, keepAlive: true, version: .http1_1, date: Array("D".utf8), into: &out)
        let text = String(decoding: out, as: UTF8.self)
        #expect(text.contains("Content-Length: 13\r\n"))
        #expect(text.hasSuffix("\r\n\r\nhello, pieces"))
        var head: [UInt8] = []
        HTTPResponseEncoder.encode(response, isHead: true, keepAlive: true, version: .http1_1, date: Array("D".utf8), into: &head)
        #expect(String(decoding: head, as: UTF8.self).hasSuffix("Content-Length: 13\r\nDate: D\r\n\r\n"))
    }

    @Test(arguments: ["/pieces", "/many-pieces", "/huge-pieces"])
    func piecesOnTheWire_equalTheJoinedBody(path: String) throws {
        let server = try TestServer(router: Self.router)
        defer { server.stop() }
        let expected = path == "/huge-pieces" ? Self.hugeStored : Self.stored
        let answer = try CurlClient().get(server.url(path))
        #expect(answer.status == 200)
        #expect(answer.body == expected)
        #expect(answer.header("Content-Length") == "\(expected.count)")
    }

    @Test func pipelinedPiecesAnswers_keepTheirOrder() throws {
        let server = try TestServer(router: Self.router)
        defer { server.stop() }
        let raw = try RawSocketClient(port: server.port)
        raw.send("GET /pieces HTTP/1.1\r\nHost: x\r\n\r\nGET /articles/7 HTTP/1.1\r\nHost: x\r\n\r\nGET /pieces HTTP/1.1\r\nHost: x\r\n\r\n")
        let answer = raw.receiveResponses(3)
        let body = String(decoding: Self.stored, as: UTF8.self)
        let parts = answer.split(separator: "HTTP/1.1 200 OK\r\n", omittingEmptySubsequences: false)
        #expect(parts.count == 4)
        #expect(parts.count == 4 && parts[1].hasSuffix(body))
        #expect(parts.count == 4 && parts[2].hasSuffix(#"{"id":"7"}"#))
        #expect(parts.count == 4 && parts[3].hasSuffix(body))
    }

    @Test func gzipMemo_keepsTheFirstCompression_andLaterResponsesSendIt() throws {
        let preparation = ResponsePreparation(gzip: .init(enabled: true, minimumSize: 1024), cors: .init(allowedOrigins: []))
        let memo = GzipMemo()
        var response = HTTPResponse(headers: HTTPHeaders([("Content-Type", "application/json")]), bodyPieces: Self.pieces(of: Self.stored, count: 9))
        response.gzipMemo = memo
        let gzipRequest = HTTPRequest(method: .get, target: "/", path: "/", headers: HTTPHeaders([("Accept-Encoding", "gzip")]))
        let first = preparation.prepare(response, for: gzipRequest)
        #expect(first.headers["content-encoding"] == "gzip")
        #expect(first.headers["vary"] == "Accept-Encoding")
        #expect(first.bodyPieces.isEmpty)
        #expect(try Gzip.decompress(first.body) == Self.stored)
        #expect(memo.compressed == first.body)
        #expect(first.body == (try Gzip.compress(Self.stored, level: 6)), "the same bytes the engine makes per response")
        // A later response with the memo sends the kept bytes, with the same fields.
        let second = preparation.prepare(response, for: gzipRequest)
        #expect(second.body == first.body)
        #expect(second.headers == first.headers)
        // A client without gzip gets the identity pieces, still with Vary.
        let plain = preparation.prepare(response, for: HTTPRequest(method: .get, target: "/", path: "/"))
        #expect(plain.headers["content-encoding"] == nil)
        #expect(plain.headers["vary"] == "Accept-Encoding")
        #expect(plain.joinedBody == Self.stored)
    }
}
