@preconcurrency import Dispatch
import Glibc
import Logging

extension HTTPServer {
    /// Accepts what is queued (bounded per wake-up, so the accept queue never starves) and
    /// spreads the connections over the loops round-robin.
    func acceptPending(fd: Int32, source: DispatchSourceRead, loops: [EventLoop], core: ServerCore, max: Int) {
        for _ in 0..<256 {
            let client: Int32
            do {
                guard let accepted = try SystemCall.accept(fd) else { return }
                client = accepted
            } catch {
                handleAcceptFailure(error, source: source)
                return
            }
            let active = core.activeConnections.add(1, ordering: .acquiringAndReleasing).newValue
            guard active <= max else {
                core.activeConnections.subtract(1, ordering: .acquiringAndReleasing)
                refuse(client)
                continue
            }
            let index = nextLoop.add(1, ordering: .relaxed).oldValue
            let loop = loops[abs(index % loops.count)]
            loop.execute { loop.adopt(client) }
        }
    }

    /// Above `maxConnections`: a 503 with `Connection: close`, sent once without waiting,
    /// then close. The client learns why instead of hanging in the backlog.
    func refuse(_ client: Int32) {
        let response = HTTPResponse.error(
            .serviceUnavailable, code: "too_many_connections", message: "server is at its connection limit")
        var bytes: [UInt8] = []
        HTTPResponseEncoder.encode(
            response, isHead: false, keepAlive: false, version: .http1_1,
            date: Array(HTTPDate.format(time(nil)).utf8), into: &bytes)
        do {
            _ = try bytes.withUnsafeBytes { try SystemCall.send(client, $0) }
        } catch {
            logger.trace("refusal not delivered", metadata: ["error": "\(error)"])
        }
        SystemCall.close(client)
        logger.warning("connection refused: at maxConnections", metadata: ["max": "\(configuration.maxConnections)"])
    }

    /// Out of descriptors or memory: the listener stays readable, so stop watching it for a
    /// moment instead of spinning.
    func handleAcceptFailure(_ error: SocketError, source: DispatchSourceRead) {
        logger.error("accept failed", metadata: ["error": "\(error)"])
        switch error.errno {
        case EMFILE, ENFILE, ENOBUFS, ENOMEM:
            source.suspend()
            acceptQueue.asyncAfter(deadline: .now() + .milliseconds(100)) { source.resume() }
        default:
            return
        }
    }
}
