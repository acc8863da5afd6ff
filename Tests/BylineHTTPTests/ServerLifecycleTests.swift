import BylineHTTP
import BylineTestSupport
import Logging
import Glibc
import Testing

@Suite struct ServerLifecycleTests {
    static var quietLogger: Logger {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        return logger
    }

    @Test func portInUse_throwsSocketError_andServerCanStillBeShutDown() throws {
        let first = try TestServer()
        defer { first.stop() }
        let second = HTTPServer(
            configuration: .init(host: "127.0.0.1", port: first.port), logger: Self.quietLogger
        ) { _ in .text("x") }
        #expect(throws: SocketError.self) { try second.start() }
        second.shutdown()
        second.waitUntilStopped()
    }

    @Test func startingTwice_throws() throws {
        let server = try TestServer()
        defer { server.stop() }
        #expect(throws: SocketError.self) { try server.server.start() }
    }

    @Test func invalidHost_isRejected() {
        let server = HTTPServer(configuration: .init(host: "not-an-address", port: 0), logger: Self.quietLogger) { _ in
            .text("x")
        }
        #expect(throws: InvalidAddressError.self) { try server.start() }
    }

    @Test func shutdownWithoutConnections_stopsAtOnce() async throws {
        let server = try TestServer()
        server.server.shutdown()
        await server.server.waitUntilStopped()
        #expect(throws: CurlError.self) { try CurlClient().get(server.url("/healthz")) }
    }
}

extension ServerLifecycleTests {
    @Test func handlerThatNeverFinishes_doesNotHoldShutdownPastTheDrainTimeout() throws {
        var configuration = HTTPServerConfiguration(drainTimeout: .milliseconds(200), eventLoopCount: 1)
        configuration.timeouts.write = .seconds(1)
        var router = Router()
        router.add(.get, "/stuck") { _, _ in
            usleep(2_500_000)
            return .text("late")
        }
        let server = try TestServer(configuration: configuration, router: router)
        let raw = try RawSocketClient(port: server.port)
        raw.send("GET /stuck HTTP/1.1\r\nHost: x\r\n\r\n")
        usleep(100_000)
        let clock = ContinuousClock()
        let started = clock.now
        server.stop()
        #expect(clock.now - started < .seconds(2))
    }
}
