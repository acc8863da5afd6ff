import BylineHTTP
import BylineTestSupport
import Glibc
import Logging
import Synchronization
import Dispatch
import Testing

/// The real server on an ephemeral port, spoken to over libcurl.
@Suite(.serialized) struct ServerIntegrationTests {
    @Test func keepAlive_reusesTheConnection() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try CurlClient()
        let first = try client.get(server.url("/healthz"))
        let second = try client.get(server.url("/articles/7"))
        #expect(first.status == 200)
        #expect(first.text == #"{"status":"ok"}"#)
        #expect(first.header("date") != nil)
        #expect(first.header("content-length") == "15")
        #expect(second.text == #"{"id":"7"}"#)
        #expect(second.newConnections == 0)
    }

    @Test func gzip_isDecodedByTheClient() throws {
        let server = try TestServer()
        defer { server.stop() }
        let response = try CurlClient().request("GET", server.url("/big"), acceptEncoding: "gzip")
        #expect(response.header("content-encoding") == "gzip")
        #expect(response.header("vary") == "Accept-Encoding")
        #expect(Int(response.header("content-length") ?? "") ?? .max < TestServer.bigBody.count)
        #expect(response.body == TestServer.bigBody)
    }

    @Test func head_hasGetsContentLength_andNoBody() throws {
        let server = try TestServer()
        defer { server.stop() }
        let response = try CurlClient().request("HEAD", server.url("/big"))
        #expect(response.status == 200)
        #expect(response.header("content-length") == "\(TestServer.bigBody.count)")
        #expect(response.body.isEmpty)
    }

    @Test func unknownPath_is404_wrongMethod_is405WithAllow() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try CurlClient()
        let missing = try client.get(server.url("/missing"))
        #expect(missing.status == 404)
        #expect(missing.text.contains(#""code":"not_found""#))
        let wrong = try client.request("DELETE", server.url("/healthz"))
        #expect(wrong.status == 405)
        #expect(wrong.header("allow") == "GET, HEAD, OPTIONS")
    }

    @Test func oversizedBody_is413() throws {
        let server = try TestServer()
        defer { server.stop() }
        let response = try CurlClient().request(
            "POST", server.url("/echo"), body: [UInt8](repeating: 0x61, count: 2 * 1024 * 1024))
        #expect(response.status == 413)
        #expect(response.text.contains(#""status":413"#))
    }

    @Test func postBody_isEchoed() throws {
        let server = try TestServer()
        defer { server.stop() }
        let body = Array("hello byline".utf8)
        let response = try CurlClient().request("POST", server.url("/echo"), body: body)
        #expect(response.body == body)
    }

    @Test func longTarget_is414_andBigHeaders_are431() throws {
        let server = try TestServer()
        defer { server.stop() }
        let long = try CurlClient().get(server.url("/" + String(repeating: "a", count: 9000)))
        #expect(long.status == 414)
        let big = try CurlClient().get(
            server.url("/healthz"), headers: ["X-Big: " + String(repeating: "b", count: 17000)])
        #expect(big.status == 431)
        #expect(big.header("connection") == "close")
    }

    @Test func corsPreflight_isAnswered_forAllowedOrigin() throws {
        let server = try TestServer(configuration: .init(cors: .init(allowedOrigins: ["https://news.example"])))
        defer { server.stop() }
        let client = try CurlClient()
        let preflight = try client.request(
            "OPTIONS", server.url("/articles/1"),
            headers: ["Origin: https://news.example", "Access-Control-Request-Method: GET"])
        #expect(preflight.status == 204)
        #expect(preflight.header("access-control-allow-origin") == "https://news.example")
        #expect(preflight.header("access-control-allow-methods") == "GET, HEAD, OPTIONS")
        let simple = try client.get(server.url("/healthz"), headers: ["Origin: https://news.example"])
        #expect(simple.header("access-control-allow-origin") == "https://news.example")
        let foreign = try client.get(server.url("/healthz"), headers: ["Origin: https://evil.example"])
        #expect(foreign.header("access-control-allow-origin") == nil)
    }

    @Test func fiftyConcurrentClients_areAllServed() throws {
        let server = try TestServer()
        defer { server.stop() }
        let failures = Atomic<Int>(0)
        let url = server.url("/big")
        onThreads(50) { _ in
            do {
                let client = try CurlClient()
                for _ in 0..<10 {
                    let response = try client.get(url)
                    if response.status != 200 || response.body != TestServer.bigBody {
                        failures.add(1, ordering: .relaxed)
                    }
                }
            } catch {
                failures.add(1, ordering: .relaxed)
            }
        }
        #expect(failures.load(ordering: .relaxed) == 0)
    }

    @Test func shutdown_drainsInFlightRequest_thenStops() throws {
        let server = try TestServer()
        let url = server.url("/slow")
        let result = Mutex<CurlResponse?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread.detach {
            do {
                let response = try CurlClient().get(url)
                result.withLock { $0 = response }
            } catch {
                result.withLock { $0 = nil }
            }
            done.signal()
        }
        usleep(150_000)
        server.server.shutdown()
        server.server.waitUntilStopped()
        done.wait()
        let response = result.withLock { $0 }
        #expect(response?.status == 200)
        #expect(response?.text == "slow done")
        #expect(response?.header("connection") == "close")
        #expect(throws: CurlError.self) { try CurlClient().get(server.url("/healthz")) }
    }

    @Test func shutdown_closesIdleKeepAliveConnections_atOnce() throws {
        let server = try TestServer()
        let raw = try RawSocketClient(port: server.port)
        raw.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(raw.receiveResponses(1).hasPrefix("HTTP/1.1 200"))
        server.stop()
        #expect(raw.isClosedByPeer())
    }

    @Test func handlerError_becomesJSON500() throws {
        struct Broken: Error {}
        var router = Router()
        router.add(.get, "/broken") { _, _ in throw Broken() }
        let server = try TestServer(router: router)
        defer { server.stop() }
        let response = try CurlClient().get(server.url("/broken"))
        #expect(response.status == 500)
        #expect(response.text == #"{"error":{"status":500,"code":"internal_error","message":"internal server error"}}"#)
    }

    @Test func observer_seesRoutePatternsAndConnections() throws {
        let observer = RecordingObserver()
        let server = try TestServer(observer: observer)
        let client = try CurlClient()
        _ = try client.get(server.url("/articles/99"))
        _ = try client.get(server.url("/nowhere"))
        server.stop()
        let records = observer.records.withLock { $0 }
        #expect(records == [
            .init(method: "GET", route: "/articles/{id}", status: 200, bytes: 11),
            .init(method: "GET", route: nil, status: 404, bytes: 77),
        ])
        #expect(observer.opened.load(ordering: .relaxed) == 1)
        #expect(observer.closed.load(ordering: .relaxed) == 1)
    }

    @Test func ipv6Loopback_canBeBound() throws {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let server = HTTPServer(configuration: .init(host: "::1", port: 0), logger: logger) { _ in .text("six") }
        do {
            try server.start()
        } catch {
            // A machine without IPv6 cannot run this; the bind error says so.
            return
        }
        defer {
            server.shutdown()
            server.waitUntilStopped()
        }
        let port = server.address?.port ?? 0
        #expect(port > 0)
        let response = try CurlClient().get("http://[::1]:\(port)/")
        #expect(response.text == "six")
    }
}
