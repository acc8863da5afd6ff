import BylineHTTP
import BylineTestSupport
import Logging
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
