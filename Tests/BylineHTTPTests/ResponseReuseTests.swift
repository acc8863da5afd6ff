import BylineTestSupport
import Synchronization
import Testing

@testable import BylineHTTP

/// Responses a handler marks reusable (`HTTPResponse.reuseEpoch`): sent again without calling
/// the handler, byte for byte but the date, only to requests that would get the same bytes,
/// and never once their epoch has ended.
@Suite(.serialized) struct ResponseReuseTests {
    final class Counting: Sendable {
        let calls = Atomic<Int>(0)
        let epoch = Mutex(ReuseEpoch())
        var count: Int { calls.load(ordering: .relaxed) }
    }

    /// `/reused` marks its answer (a large body, so it goes out as its own iovec); `/fresh`
    /// does not. Both count their calls and name the call in the body.
    func server(_ counting: Counting, cors: [String] = ["*"], observer: RecordingObserver? = nil) throws -> TestServer {
        var router = Router()
        router.add(.get, "/reused") { _, _ in
            let call = counting.calls.add(1, ordering: .relaxed).newValue
            var response = HTTPResponse.json(Array("{\"call\":\(call),\"pad\":\"".utf8) + TestServer.bigBody + Array("\"}".utf8))
            response.headers.add("ETag", "\"t\(call)\"")
            response.reuseEpoch = counting.epoch.withLock { $0 }
            return response
        }
        router.add(.get, "/fresh") { _, _ in
            let call = counting.calls.add(1, ordering: .relaxed).newValue
            return .json("{\"call\":\(call)}")
        }
        return try TestServer(configuration: .init(cors: .init(allowedOrigins: cors)), observer: observer, router: router)
    }

    func withoutDate(_ text: String) -> String {
        text.split(separator: "\r\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("Date: ") }.joined(separator: "\r\n")
    }

    func exchange(_ client: RawSocketClient, _ request: String) -> String {
        client.send(request)
        return withoutDate(client.receiveResponses(1))
    }

    @Test func markedResponse_isSentAgainWithoutTheHandler_toTheByte() throws {
        let counting = Counting()
        let observer = RecordingObserver()
        let server = try server(counting, observer: observer)
        defer { server.stop() }
        let client = try RawSocketClient(port: server.port)
        let request = "GET /reused?x=1 HTTP/1.1\r\nHost: x\r\nUser-Agent: t\r\n\r\n"
        let first = exchange(client, request)
        #expect(first.hasPrefix("HTTP/1.1 200 OK\r\n"))
        for _ in 0..<5 { #expect(exchange(client, request) == first) }
        #expect(counting.count == 1, "later answers came from the reuse cache")
        // Pipelined: three answers in one write, in order, all the same.
        client.send(String(repeating: request, count: 3))
        let three = withoutDate(client.receiveResponses(3))
        #expect(three == String(repeating: first, count: 3))
        #expect(counting.count == 1)
        #expect(server.server.reuseUsage.entries == 1)
        // Metrics and logs see every reused answer as they saw the first.
        let records = observer.records.withLock { $0 }
        #expect(records.count == 9)
        #expect(Set(records.map { "\($0.method) \($0.route ?? "-") \($0.status) \($0.bytes)" }).count == 1)
        #expect(records.first?.route == "/reused")
    }

    @Test func unmarkedResponse_isAlwaysBuiltAnew() throws {
        let counting = Counting()
        let server = try server(counting)
        defer { server.stop() }
        let client = try RawSocketClient(port: server.port)
        for call in 1...3 {
            #expect(exchange(client, "GET /fresh HTTP/1.1\r\nHost: x\r\n\r\n").hasSuffix("{\"call\":\(call)}"))
        }
        #expect(server.server.reuseUsage.entries == 0)
    }

    @Test func endedEpoch_isNeverServedAgain() throws {
        let counting = Counting()
        let server = try server(counting)
        defer { server.stop() }
        let client = try RawSocketClient(port: server.port)
        let request = "GET /reused HTTP/1.1\r\nHost: x\r\n\r\n"
        #expect(exchange(client, request).contains("{\"call\":1,"))
        #expect(exchange(client, request).contains("{\"call\":1,"))
        counting.epoch.withLock { epoch in
            epoch.end()
            epoch = ReuseEpoch()
        }
        #expect(exchange(client, request).contains("{\"call\":2,"), "a swap ends the old answers")
        #expect(exchange(client, request).contains("{\"call\":2,"))
        #expect(counting.count == 2)
    }

    @Test func requestsThatCouldBeAnsweredDifferently_neverGetAnotherRequestsAnswer() throws {
        let counting = Counting()
        let server = try server(counting, cors: ["https://app.example"])
        defer { server.stop() }
        let client = try RawSocketClient(port: server.port)
        let plain = exchange(client, "GET /reused HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(!plain.contains("Content-Encoding"))
        let zipped = exchange(client, "GET /reused HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\n\r\n")
        #expect(zipped.contains("\r\nContent-Encoding: gzip\r\n"))
        let origin = exchange(client, "GET /reused HTTP/1.1\r\nHost: x\r\nOrigin: https://app.example\r\n\r\n")
        #expect(origin.contains("\r\nAccess-Control-Allow-Origin: https://app.example\r\n"))
        let other = exchange(client, "GET /reused HTTP/1.1\r\nHost: x\r\nOrigin: https://evil.example\r\n\r\n")
        #expect(!other.contains("Access-Control-Allow-Origin"))
        #expect(counting.count == 4, "each coding and origin is its own answer")
        // Fields the cache does not key on skip it: the handler sees them every time.
        _ = exchange(client, "GET /reused HTTP/1.1\r\nHost: x\r\nIf-None-Match: \"t1\"\r\n\r\n")
        _ = exchange(client, "GET /reused HTTP/1.1\r\nHost: x\r\nX-Custom: 1\r\n\r\n")
        #expect(counting.count == 6)
        // Connection: close changes the framing: built anew, then the connection closes.
        client.send("GET /reused HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let closing = client.receiveAll()
        #expect(closing.contains("\r\nConnection: close\r\n"))
        #expect(counting.count == 7)
        // The plain form is still kept, unchanged.
        let again = try RawSocketClient(port: server.port)
        #expect(exchange(again, "GET /reused HTTP/1.1\r\nHost: x\r\n\r\n") == plain)
        #expect(counting.count == 7)
    }

    @Test func repeatedHead_isAnsweredWithoutParsing_onlyWhenEveryByteMatches() throws {
        let counting = Counting()
        let server = try server(counting)
        defer { server.stop() }
        let client = try RawSocketClient(port: server.port)
        let request = "GET /reused?a=1 HTTP/1.1\r\nHost: x\r\n\r\n"
        let first = exchange(client, request)
        for _ in 0..<3 { #expect(exchange(client, request) == first) }  // the second teaches the head
        // One byte more or less is another request: parsed, and answered as such.
        let closing = try RawSocketClient(port: server.port)
        closing.send("GET /reused?a=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(closing.receiveAll().contains("\r\nConnection: close\r\n"))
        #expect(exchange(client, "GET /reused?a=1 HTTP/1.1\r\nHost: x\r\nIf-None-Match: \"t1\"\r\n\r\n").contains("\"call\":3,"))
        #expect(exchange(client, "GET /reused?a=2 HTTP/1.1\r\nHost: x\r\n\r\n").contains("\"call\":4,"))
        #expect(counting.count == 4)
        // Known heads pipelined with a malformed request: answered in order, then the 400.
        let piped = try RawSocketClient(port: server.port)
        piped.send(request + request + "GET / HTTP/1.1\r\n\r\n")
        let answers = piped.receiveAll()
        #expect(RawSocketClient.completeResponses(in: Array(answers.utf8)) == 3)
        #expect(answers.split(separator: "HTTP/1.1 200 OK", omittingEmptySubsequences: false).count == 3)
        #expect(answers.contains("HTTP/1.1 400 "))
        #expect(counting.count == 4)
    }

    @Test func head_isKeptApartFromGet_andHasNoBody() throws {
        let counting = Counting()
        let server = try server(counting)
        defer { server.stop() }
        let get = try CurlClient().get(server.url("/reused"))
        for _ in 0..<3 {
            let head = try CurlClient().request("HEAD", server.url("/reused"))
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.header("Content-Length") == "\(get.body.count)")
        }
        #expect(try CurlClient().get(server.url("/reused")).body == get.body)
    }
}
