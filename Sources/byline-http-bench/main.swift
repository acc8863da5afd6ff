import BylineHTTP
import Dispatch
@preconcurrency import Glibc
import Logging

// A minimal server for scripts/bench-http: /healthz and a 12 KiB JSON body, the same bytes
// the Hummingbird peer in benchmarks/peers/hummingbird serves.
//
//   byline-http-bench [--host H] [--port P] [--max-connections N] [--loops N] [--access-log]

var configuration = HTTPServerConfiguration(host: "127.0.0.1", port: 8080)
var accessLog = false
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--host": configuration.host = arguments.next() ?? configuration.host
    case "--port": configuration.port = arguments.next().flatMap(Int.init) ?? configuration.port
    case "--max-connections":
        configuration.maxConnections = arguments.next().flatMap(Int.init) ?? configuration.maxConnections
    case "--loops": configuration.eventLoopCount = arguments.next().flatMap(Int.init) ?? configuration.eventLoopCount
    case "--access-log": accessLog = true
    default:
        FileHandleStandardError.write("unknown argument \(argument)\n")
        exit(2)
    }
}

var logger = Logger(label: "byline-http-bench")
logger.logLevel = accessLog ? .info : .warning

var router = Router()
let health = Array(#"{"status":"ok"}"#.utf8)
let document = BenchDocument.make(size: 12 * 1024)
router.add(.get, "/healthz") { _, _ in .json(health) }
router.add(.get, "/json") { _, _ in .json(document) }

let server = HTTPServer(configuration: configuration, logger: logger, responder: router)
do {
    try server.start()
} catch {
    FileHandleStandardError.write("cannot start: \(error)\n")
    exit(1)
}
if let address = server.address {
    print("listening on \(address)")
    fflush(stdout)
}

signal(SIGTERM, SIG_IGN)
signal(SIGINT, SIG_IGN)
let signals = [SIGTERM, SIGINT].map { DispatchSource.makeSignalSource(signal: $0, queue: .main) }
for source in signals {
    source.setEventHandler { server.shutdown() }
    source.activate()
}
DispatchQueue.global().async {
    server.waitUntilStopped()
    exit(0)
}
dispatchMain()
