import BylineHTTP
import BylineTestSupport
import Logging
import Synchronization
import Testing

/// Captures log records in memory.
final class LogCapture: Sendable {
    struct Entry: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: [String: String]
    }

    let entries = Mutex<[Entry]>([])

    var handler: CapturingHandler { CapturingHandler(capture: self) }

    struct CapturingHandler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = (event.metadata ?? [:]).mapValues { "\($0)" }
            capture.entries.withLock {
                $0.append(Entry(level: event.level, message: "\(event.message)", metadata: merged))
            }
        }
    }
}

@Suite struct AccessLogTests {
    @Test func eachRequest_logsOneLine_withMethodPathStatusBytesDuration() throws {
        let capture = LogCapture()
        let logger = Logger(label: "access") { _ in capture.handler }
        let server = HTTPServer(configuration: .init(host: "127.0.0.1", port: 0), logger: logger, responder: TestServer.defaultRouter)
        try server.start()
        let port = server.address?.port ?? 0
        _ = try CurlClient().get("http://127.0.0.1:\(port)/articles/5")
        server.shutdown()
        server.waitUntilStopped()
        let lines = capture.entries.withLock { $0 }.filter { $0.metadata["path"] != nil }
        #expect(lines.count == 1)
        let line = lines.first
        #expect(line?.message == "GET /articles/5 200")
        #expect(line?.metadata["method"] == "GET")
        #expect(line?.metadata["status"] == "200")
        #expect(line?.metadata["bytes"] == "10")  // {"id":"5"}
        #expect(line?.metadata["duration_ms"].flatMap(Double.init) != nil)
    }

    @Test func handlerFailure_isLogged_butNotShownToTheClient() throws {
        struct SecretFailure: Error, CustomStringConvertible {
            var description: String { "database password is hunter2" }
        }
        let capture = LogCapture()
        let logger = Logger(label: "errors") { _ in capture.handler }
        let server = HTTPServer(configuration: .init(host: "127.0.0.1", port: 0), logger: logger) { _ in
            throw SecretFailure()
        }
        try server.start()
        let port = server.address?.port ?? 0
        let response = try CurlClient().get("http://127.0.0.1:\(port)/")
        server.shutdown()
        server.waitUntilStopped()
        #expect(response.status == 500)
        #expect(!response.text.contains("hunter2"))
        let errors = capture.entries.withLock { $0 }.filter { $0.level == .error }
        #expect(errors.contains { $0.metadata["error"]?.contains("hunter2") == true })
    }
}
