import Hummingbird
import Logging

// hummingbird-peer [--port P]: /healthz and the 12 KiB JSON document, as byline-http-bench.
var port = 8081
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    if argument == "--port", let value = arguments.next().flatMap(Int.init) { port = value }
}

let health = ByteBuffer(string: #"{"status":"ok"}"#)
let document = ByteBuffer(bytes: BenchDocument.make(size: 12 * 1024))
let jsonHeaders: HTTPFields = [.contentType: "application/json; charset=utf-8"]

let router = Router()
router.get("/healthz") { _, _ in
    Response(status: .ok, headers: jsonHeaders, body: .init(byteBuffer: health))
}
router.get("/json") { _, _ in
    Response(status: .ok, headers: jsonHeaders, body: .init(byteBuffer: document))
}

var logger = Logger(label: "hummingbird-peer")
logger.logLevel = .warning
let app = Application(
    router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)), logger: logger)
print("listening on 127.0.0.1:\(port)")
try await app.runService()
