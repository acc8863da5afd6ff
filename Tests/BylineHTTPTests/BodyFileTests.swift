@testable import BylineHTTP
import BylineTestSupport
import Glibc
import Testing

/// Bodies also stored in a `BodyFile` go out with sendfile; the bytes on the wire are the
/// body's, whole or in part, pipelined or not, and gzip still applies to the memory form.
@Suite(.serialized) struct BodyFileTests {
    static let small: [UInt8] = Array(String(repeating: #"{"file":"body","n":7},"#, count: 600).utf8)
    static let huge: [UInt8] = (0..<(6 * 1024 * 1024)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 11) }
    static let file = BodyFile(capacity: 16 * 1024 * 1024)
    static let smallRegion = file?.append(small)
    static let hugeRegion = file?.append(huge)

    static var router: Router {
        var router = TestServer.defaultRouter
        router.add(.get, "/file") { _, _ in
            var response = HTTPResponse.json(small)
            response.bodyFile = smallRegion
            return response
        }
        // Larger than the socket takes at once: sendfile sends part, memory the rest.
        router.add(.get, "/huge-file") { _, _ in
            var response = HTTPResponse(headers: HTTPHeaders([("Content-Type", "application/octet-stream")]), body: huge)
            response.bodyFile = hugeRegion
            return response
        }
        // A region that does not match the body is never used.
        router.add(.get, "/wrong-file") { _, _ in
            var response = HTTPResponse.json(Array(small.reversed()))
            response.bodyFile = hugeRegion
            return response
        }
        return router
    }

    @Test func file_holdsTheBytes_andRefusesWhatDoesNotFit() throws {
        let file = try #require(BodyFile(capacity: 10))
        let first = try #require(file.append(Array("hello".utf8)))
        #expect((first.offset, first.count) == (0, 5))
        #expect(file.append(Array("world!".utf8)) == nil, "11 bytes do not fit in 10")
        let second = try #require(file.append(Array("world".utf8)))
        #expect((second.offset, file.size) == (5, 10))
        var read = [UInt8](repeating: 0, count: 10)
        #expect(pread(file.descriptor, &read, 10, 0) == 10)
        #expect(read == Array("helloworld".utf8))
    }

    @Test(arguments: ["/file", "/huge-file", "/wrong-file"])
    func fileBodies_onTheWire_equalTheBody(path: String) throws {
        #expect(Self.smallRegion != nil && Self.hugeRegion != nil, "/dev/shm is needed for these tests")
        let server = try TestServer(router: Self.router)
        defer { server.stop() }
        let expected = path == "/huge-file" ? Self.huge : path == "/file" ? Self.small : Array(Self.small.reversed())
        for _ in 0..<3 {
            let answer = try CurlClient().get(server.url(path))
            #expect(answer.status == 200)
            #expect(answer.body == expected)
        }
    }

    @Test func slowReader_getsTheWholeFileBody() throws {
        let server = try TestServer(router: Self.router)
        defer { server.stop() }
        let raw = try RawSocketClient(port: server.port)
        raw.send("GET /huge-file HTTP/1.1\r\nHost: x\r\n\r\nGET /file HTTP/1.1\r\nHost: x\r\n\r\n")
        usleep(300_000)  // the server fills the socket buffers and waits for the reader
        let tail = Array(Self.small.suffix(64))
        let bytes = raw.receive(until: { $0.count > Self.huge.count + Self.small.count && Array($0.suffix(64)) == tail })
        #expect(bytes.count > Self.huge.count + Self.small.count)
        // The first answer's head ends at the first blank line; its body follows in full.
        let separator: [UInt8] = [13, 10, 13, 10]
        let headEnd = try #require((0..<min(bytes.count, 4096)).first { Array(bytes[$0..<min($0 + 4, bytes.count)]) == separator })
        let body = bytes[(headEnd + 4)...].prefix(Self.huge.count)
        #expect(Array(body) == Self.huge)
        let rest = String(decoding: bytes[(headEnd + 4 + Self.huge.count)...], as: UTF8.self)
        #expect(rest.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(rest.hasSuffix(String(decoding: Self.small, as: UTF8.self)))
    }

    @Test func pipelinedFileBodies_keepTheirOrder() throws {
        let server = try TestServer(router: Self.router)
        defer { server.stop() }
        let raw = try RawSocketClient(port: server.port)
        raw.send("GET /file HTTP/1.1\r\nHost: x\r\n\r\nGET /articles/9 HTTP/1.1\r\nHost: x\r\n\r\nGET /file HTTP/1.1\r\nHost: x\r\n\r\n")
        let parts = raw.receiveResponses(3).split(separator: "HTTP/1.1 200 OK\r\n", omittingEmptySubsequences: false)
        let body = String(decoding: Self.small, as: UTF8.self)
        #expect(parts.count == 4)
        #expect(parts.count == 4 && parts[1].hasSuffix(body))
        #expect(parts.count == 4 && parts[2].hasSuffix(#"{"id":"9"}"#))
        #expect(parts.count == 4 && parts[3].hasSuffix(body))
    }

    @Test func gzip_replacesTheFileBody() throws {
        let preparation = ResponsePreparation(gzip: .init(enabled: true, minimumSize: 1024), cors: .init(allowedOrigins: []))
        var response = HTTPResponse.json(Self.small)
        response.bodyFile = Self.smallRegion
        let zipped = preparation.prepare(response, for: HTTPRequest(method: .get, target: "/", path: "/", headers: HTTPHeaders([("Accept-Encoding", "gzip")])))
        #expect(zipped.bodyFile == nil)
        #expect(try Gzip.decompress(zipped.body) == Self.small)
        let plain = preparation.prepare(response, for: HTTPRequest(method: .get, target: "/", path: "/"))
        #expect(plain.bodyFile != nil)
    }
}
