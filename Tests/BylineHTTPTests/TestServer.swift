import BylineHTTP
import BylineTestSupport
import Dispatch
import Logging
import Glibc
import Synchronization

/// A real server on an ephemeral port, for integration tests.
final class TestServer: Sendable {
    let server: HTTPServer
    let port: Int

    init(
        configuration: HTTPServerConfiguration = .init(), observer: (any HTTPServerObserver)? = nil,
        router: Router = TestServer.defaultRouter
    ) throws {
        var configuration = configuration
        configuration.host = "127.0.0.1"
        configuration.port = 0
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        server = HTTPServer(configuration: configuration, logger: logger, observer: observer, responder: router)
        try server.start()
        port = server.port ?? 0
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    func stop() {
        server.shutdown()
        server.waitUntilStopped()
    }

    static let bigBody: [UInt8] = Array(String(repeating: #"{"name":"Byline","n":12345},"#, count: 200).utf8)

    static var defaultRouter: Router {
        var router = Router()
        router.add(.get, "/healthz") { _, _ in .json(#"{"status":"ok"}"#) }
        router.add(.get, "/big") { _, _ in .json(bigBody) }
        router.add(.get, "/huge") { _, _ in .json([UInt8](repeating: 0x20, count: 1024 * 1024)) }
        router.add(.get, "/articles/{id}") { _, p in .json(#"{"id":"\#(p["id"] ?? "")"}"#) }
        router.add(.post, "/echo") { request, _ in HTTPResponse(status: .ok, body: request.body) }
        router.add(.get, "/slow") { _, _ in
            usleep(400_000)
            return .text("slow done")
        }
        return router
    }
}

/// Runs `body` on `count` threads at once and waits for all of them.
func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        Thread.detach {
            body(index)
            group.leave()
        }
    }
    group.wait()
}

/// A plain pthread, so blocking clients never starve Dispatch's or Swift's shared pools.
enum Thread {
    final class Box {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    static func detach(_ body: @escaping @Sendable () -> Void) {
        var thread = pthread_t()
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        pthread_create(&thread, nil, { context in
            guard let context else { return nil }
            Unmanaged<Box>.fromOpaque(context).takeRetainedValue().body()
            return nil
        }, box)
        pthread_detach(thread)
    }
}

/// Records what the server reports, for the observer test.
final class RecordingObserver: HTTPServerObserver {
    struct Record: Sendable, Equatable {
        var method: String
        var route: String?
        var status: Int
        var bytes: Int
    }

    let records = Mutex<[Record]>([])
    let opened = Atomic<Int>(0)
    let closed = Atomic<Int>(0)

    func connectionOpened() { opened.add(1, ordering: .relaxed) }
    func connectionClosed() { closed.add(1, ordering: .relaxed) }
    func requestCompleted(method: HTTPMethod, routePattern: String?, status: Int, bytes: Int, duration: Duration) {
        records.withLock { $0.append(Record(method: method.rawValue, route: routePattern, status: status, bytes: bytes)) }
    }
}
