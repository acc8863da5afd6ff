import BylineAPI
import BylineCorpus
import BylineHTTP
import BylineTestSupport
import Foundation
import Logging

/// The real server on port 0 over a corpus folder, as `byline serve` assembles it, for
/// integration tests over libcurl.
final class TestServer: @unchecked Sendable {
    let service: CorpusService
    let metrics: APIMetrics
    let api: BylineAPI
    let server: HTTPServer
    let base: String

    /// `load: false` leaves the corpus unloaded, as a server is while it starts.
    init(
        corpus: String, options: BylineAPI.Options = .init(), cors: [String] = ["*"], load: Bool = true
    ) throws {
        var quiet = Logger(label: "byline.test")
        quiet.logLevel = .critical
        metrics = APIMetrics()
        service = CorpusService(folder: corpus, loader: CorpusLoader(logger: quiet), metrics: metrics, logger: quiet)
        if load, case .failure(let error) = service.load() { throw error }
        api = BylineAPI(service: service, metrics: metrics, options: options)
        let configuration = HTTPServerConfiguration(
            host: "127.0.0.1", port: 0, gzip: .init(enabled: options.gzipMinimumSize != nil, minimumSize: options.gzipMinimumSize ?? 1024),
            cors: .init(allowedOrigins: cors), drainTimeout: .seconds(1), eventLoopCount: 1)
        server = HTTPServer(configuration: configuration, logger: quiet, observer: metrics, responder: api.router)
        try server.start()
        guard let port = server.address?.port else { throw TestFailure("server has no address") }
        base = "http://127.0.0.1:\(port)"
    }

    deinit {
        server.shutdown()
        server.waitUntilStopped()
    }

    /// One request on a fresh client.
    func request(
        _ method: String = "GET", _ path: String, headers: [String] = [], acceptEncoding: String? = nil
    ) throws -> CurlResponse {
        try CurlClient().request(method, base + path, headers: headers, acceptEncoding: acceptEncoding)
    }

    /// GET, then the body as a JSON object.
    func json(_ path: String, headers: [String] = []) throws -> (CurlResponse, [String: Any]) {
        let response = try request("GET", path, headers: headers)
        return (response, try JSON.object(response.body))
    }
}

enum Fixtures {
    /// Five short articles written for these tests (Fixtures/corpus).
    static var corpus: String {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw TestFailure("Fixtures bundle missing")
            }
            return url.appendingPathComponent("corpus").path
        }
    }

    /// The repository's bundled corpus/ folder.
    static var bundledCorpus: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus").path
    }

    /// One server per suite run: the fixture corpus never changes, so tests can share it.
    nonisolated(unsafe) private static var sharedServer: TestServer?
    private static let lock = NSLock()

    static func server() throws -> TestServer {
        lock.lock()
        defer { lock.unlock() }
        if let sharedServer { return sharedServer }
        let made = try TestServer(corpus: try corpus)
        sharedServer = made
        return made
    }
}

enum JSON {
    static func object(_ bytes: [UInt8]) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw TestFailure("not a JSON object: \(String(decoding: bytes.prefix(200), as: UTF8.self))")
        }
        return object
    }

    static func items(_ object: [String: Any]) -> [[String: Any]] {
        object["items"] as? [[String: Any]] ?? []
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
