import BylineHTTP
import BylineTestSupport
import Glibc
import Synchronization
import Testing

/// Bytes no polite client sends, over a plain TCP socket.
@Suite(.serialized) struct RawSocketTests {
    static let malformed: [(String, Int)] = [
        ("GET / HTTP/1.1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nBad Name: y\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX: a\0b\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX: a\r\n folded\r\n\r\n", 400),
        ("BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n", 501),
        ("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 505),
        ("GET /\(String(repeating: "a", count: 9000)) HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        ("GET / HTTP/1.1\r\nHost: x\r\n\((0..<101).map { "X-\($0): v\r\n" }.joined())\r\n", 431),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n", 413),
        ("\u{16}\u{03}\u{01}\u{02}\u{00}\u{01}\u{00}\u{01}\u{fc}\u{03}\u{03}\r\n", 400),
    ]

    @Test func malformedRequests_getTheirStatus_thenClose_andServerKeepsServing() throws {
        let server = try TestServer()
        defer { server.stop() }
        for (request, status) in Self.malformed {
            let raw = try RawSocketClient(port: server.port)
            raw.send(request)
            let answer = raw.receiveAll()
            #expect(answer.hasPrefix("HTTP/1.1 \(status) "), "\(request.prefix(40)) -> \(answer.prefix(40))")
            #expect(answer.contains("\r\nConnection: close\r\n"))
            #expect(answer.contains(#"{"error":{"status":\#(status),"#))
        }
        let healthy = try CurlClient().get(server.url("/healthz"))
        #expect(healthy.status == 200)
    }

    @Test func pipelinedRequests_areAnsweredInOrder() throws {
        let server = try TestServer()
        defer { server.stop() }
        let raw = try RawSocketClient(port: server.port)
        raw.send(
            "GET /articles/1 HTTP/1.1\r\nHost: x\r\n\r\nGET /articles/2 HTTP/1.1\r\nHost: x\r\n\r\n"
                + "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcGET /articles/3 HTTP/1.1\r\nHost: x\r\n\r\n")
        let answers = raw.receiveResponses(4)
        let ids = ["\"1\"", "\"2\"", "abc", "\"3\""].map { answers.range(of: $0)?.lowerBound }
        #expect(ids.allSatisfy { $0 != nil })
        #expect(ids.compactMap { $0 } == ids.compactMap { $0 }.sorted())
    }

    @Test func pipelinedLargeBodies_thenMalformedRequest_keepTheirOrder() throws {
        let server = try TestServer()
        defer { server.stop() }
        let raw = try RawSocketClient(port: server.port)
        raw.send("GET /big HTTP/1.1\r\nHost: x\r\n\r\nGET /big HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\n\r\n")
        let answer = raw.receiveAll()
        let body = String(decoding: TestServer.bigBody, as: UTF8.self)
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nVary: Accept-Encoding\r\nContent-Length: \(TestServer.bigBody.count)\r\n"
        let parts = answer.split(separator: "Date: ", omittingEmptySubsequences: false)
        #expect(parts.count == 4)
        #expect(answer.hasPrefix(head))
        #expect(parts.count == 4 && parts[1].hasSuffix(body + head))
        #expect(parts.count == 4 && parts[2].contains(body + "HTTP/1.1 400 Bad Request\r\n"))
        #expect(answer.hasSuffix(#"{"error":{"status":400,"code":"bad_request","message":"exactly one valid Host header is required"}}"#))
    }

    @Test func http10_closesUnlessKeepAlive() throws {
        let server = try TestServer()
        defer { server.stop() }
        let plain = try RawSocketClient(port: server.port)
        plain.send("GET /healthz HTTP/1.0\r\n\r\n")
        let answer = plain.receiveAll()
        #expect(answer.hasPrefix("HTTP/1.1 200"))
        #expect(answer.contains("Connection: close"))
        let kept = try RawSocketClient(port: server.port)
        kept.send("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(kept.receiveResponses(1).contains("Connection: keep-alive"))
        kept.send("GET /healthz HTTP/1.0\r\n\r\n")
        #expect(kept.receiveAll().hasPrefix("HTTP/1.1 200"))
    }

    @Test func expectContinue_isAnsweredBeforeTheBodyIsSent() throws {
        let server = try TestServer()
        defer { server.stop() }
        let raw = try RawSocketClient(port: server.port)
        raw.send("POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n")
        let interim = String(decoding: raw.receive { $0.count >= 25 }, as: UTF8.self)
        #expect(interim == "HTTP/1.1 100 Continue\r\n\r\n")
        raw.send("ping")
        let final = raw.receiveResponses(1)
        #expect(final.hasPrefix("HTTP/1.1 200"))
        #expect(final.hasSuffix("ping"))
    }

    @Test func slowloris_gets408_whileOthersAreServed() throws {
        var configuration = HTTPServerConfiguration()
        configuration.timeouts.headerRead = .milliseconds(300)
        let server = try TestServer(configuration: configuration)
        defer { server.stop() }
        let slow = try RawSocketClient(port: server.port)
        slow.send("GET /healthz HTTP/1.1\r\nHo")
        // A trickle does not extend the deadline.
        usleep(150_000)
        slow.send("st")
        let other = try CurlClient().get(server.url("/healthz"))
        #expect(other.status == 200)
        let answer = slow.receiveAll()
        #expect(answer.hasPrefix("HTTP/1.1 408"))
    }

    @Test func idleKeepAliveConnection_isClosedAfterTimeout() throws {
        var configuration = HTTPServerConfiguration()
        configuration.timeouts.keepAliveIdle = .milliseconds(200)
        let server = try TestServer(configuration: configuration)
        defer { server.stop() }
        let raw = try RawSocketClient(port: server.port)
        raw.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(raw.receiveResponses(1).hasPrefix("HTTP/1.1 200"))
        usleep(600_000)
        #expect(raw.isClosedByPeer())
    }

    @Test func connectionsAboveMaximum_areRefusedWith503() throws {
        let server = try TestServer(configuration: .init(maxConnections: 2))
        defer { server.stop() }
        let first = try RawSocketClient(port: server.port)
        let second = try RawSocketClient(port: server.port)
        for client in [first, second] {
            client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(client.receiveResponses(1).hasPrefix("HTTP/1.1 200"))
        }
        let third = try RawSocketClient(port: server.port)
        let refusal = third.receiveAll()
        #expect(refusal.hasPrefix("HTTP/1.1 503"))
        #expect(refusal.contains("too_many_connections"))
        // Existing connections are unaffected.
        first.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(first.receiveResponses(1).hasPrefix("HTTP/1.1 200"))
    }

    @Test func clientThatStopsReading_doesNotBlockOthers() throws {
        var configuration = HTTPServerConfiguration(eventLoopCount: 1)
        configuration.timeouts.write = .milliseconds(500)
        let server = try TestServer(configuration: configuration)
        defer { server.stop() }
        let stuck = try RawSocketClient(port: server.port)
        // Ask for far more than the socket buffers hold, and never read.
        stuck.send(String(repeating: "GET /huge HTTP/1.1\r\nHost: x\r\n\r\n", count: 40))
        usleep(100_000)
        let client = try CurlClient()
        for _ in 0..<5 {
            #expect(try client.get(server.url("/healthz")).status == 200)
        }
        // The write timeout eventually drops the reader that never reads.
        usleep(1_200_000)
        stuck.setTimeout(seconds: 3)
        #expect(stuck.drainUntilClosed())
    }

    @Test func peerClosingMidResponse_doesNotCrashTheServer() throws {
        let server = try TestServer()
        defer { server.stop() }
        for _ in 0..<20 {
            let raw = try RawSocketClient(port: server.port)
            raw.send(String(repeating: "GET /huge HTTP/1.1\r\nHost: x\r\n\r\n", count: 4))
            var linger = linger(l_onoff: 1, l_linger: 0)
            setsockopt(raw.fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<linger>.size))
        }
        usleep(100_000)
        #expect(try CurlClient().get(server.url("/healthz")).status == 200)
    }
}

extension String {
    func range(of needle: String) -> Range<String.Index>? {
        guard !needle.isEmpty else { return nil }
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(needle) { return index..<self.index(index, offsetBy: needle.count) }
            index = self.index(after: index)
        }
        return nil
    }
}
