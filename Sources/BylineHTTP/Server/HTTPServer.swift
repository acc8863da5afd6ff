@preconcurrency import Dispatch
import Glibc
import Logging
import Synchronization

/// The HTTP/1.1 server: a non-blocking listener (a DispatchSource) feeding one epoll event
/// loop thread per core.
///
///     let server = HTTPServer(configuration: config, logger: logger, responder: router)
///     try server.start()            // bound; `server.address?.port` is the real port
///     ...
///     server.shutdown()             // e.g. from a SIGTERM DispatchSource
///     server.waitUntilStopped()     // returns once drained (or the drain timeout passed)
public final class HTTPServer: Sendable {
    enum Phase {
        case notStarted
        case starting
        case running(listenerFD: Int32, source: DispatchSourceRead)
        case draining
        case stopped
    }

    struct State {
        var phase: Phase = .notStarted
        var address: SocketAddress?
        var loops: [EventLoop] = []
        /// A shutdown asked for while still starting, honoured once started.
        var shutdownRequested = false
    }

    public let configuration: HTTPServerConfiguration
    let logger: Logger
    let responder: any HTTPResponder
    let observer: (any HTTPServerObserver)?
    let state = Mutex(State())
    let stopped = DispatchGroup()
    let acceptQueue = DispatchQueue(label: "byline.http.accept")
    let nextLoop = Atomic<Int>(0)

    public init(
        configuration: HTTPServerConfiguration = .init(), logger: Logger,
        observer: (any HTTPServerObserver)? = nil, responder: some HTTPResponder
    ) {
        self.configuration = configuration
        self.logger = logger
        self.observer = observer
        self.responder = responder
    }

    public convenience init(
        configuration: HTTPServerConfiguration = .init(), logger: Logger,
        observer: (any HTTPServerObserver)? = nil,
        responder: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse
    ) {
        self.init(
            configuration: configuration, logger: logger, observer: observer,
            responder: ClosureResponder(responder))
    }

    /// The bound address once started; with port 0, the port the kernel picked.
    public var address: SocketAddress? {
        state.withLock { $0.address }
    }

    /// The bound port once started (the kernel's pick when configured as 0).
    public var port: Int? { address?.port }

    /// Starts serving: one `start` per server. Returns once the socket is listening.
    public func start() throws {
        let claimed: Bool = state.withLock { state in
            guard case .notStarted = state.phase else { return false }
            state.phase = .starting
            return true
        }
        guard claimed else { throw SocketError("start (server already started)", errno: EALREADY) }
        do {
            try bindAndServe()
        } catch {
            state.withLock { $0.phase = .notStarted }
            throw error
        }
    }

    private func bindAndServe() throws {
        SystemCall.ignoreSIGPIPE()
        let requested = try SocketAddress(host: configuration.host, port: configuration.port)
        let effectiveMax = try raiseFileLimit()
        let core = ServerCore(
            configuration: configuration, responder: responder, logger: logger, observer: observer,
            onLastConnectionClosed: { [weak self] in self?.finishIfDrained() })
        let tick = sweepInterval()
        var loops: [EventLoop] = []
        do {
            for _ in 0..<max(1, configuration.eventLoopCount) {
                let loop = try EventLoop(core: core, sweepInterval: tick)
                try loop.start()
                loops.append(loop)
            }
        } catch {
            for loop in loops { loop.stop() }
            throw error
        }
        let listener: ListeningSocket
        do {
            listener = try ListeningSocket(address: requested, backlog: configuration.backlog)
        } catch {
            for loop in loops { loop.stop() }
            throw error
        }

        let fd = listener.fd
        let source = DispatchSource.makeReadSource(fileDescriptor: fd, queue: acceptQueue)
        // The handler holds the source until cancel releases the handler: no lasting cycle.
        source.setEventHandler { [self] in
            acceptPending(fd: fd, source: source, loops: loops, core: core, max: effectiveMax)
        }
        source.setCancelHandler { SystemCall.close(fd) }
        state.withLock { state in
            state.phase = .running(listenerFD: fd, source: source)
            state.address = listener.address
            state.loops = loops
        }
        stopped.enter()
        source.activate()
        logger.info("listening", metadata: ["address": "\(listener.address)"])
        if state.withLock({ $0.shutdownRequested }) { shutdown() }
    }

    /// Serves until `shutdown()` completes.
    public func run() throws {
        try start()
        waitUntilStopped()
    }

    /// Blocks the calling thread until a shutdown has drained the server.
    public func waitUntilStopped() {
        stopped.wait()
    }

    /// Suspends until a shutdown has drained the server.
    public func waitUntilStopped() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            stopped.notify(queue: .global()) { continuation.resume() }
        }
    }

    /// How often each loop checks deadlines: fine enough for the shortest timeout.
    func sweepInterval() -> Duration {
        let timeouts = configuration.timeouts
        let shortest = [timeouts.headerRead, timeouts.bodyRead, timeouts.keepAliveIdle, timeouts.write].min()
            ?? .seconds(1)
        return min(.seconds(1), max(.milliseconds(10), shortest / 4))
    }

    /// Raises RLIMIT_NOFILE so `maxConnections` is reachable; returns the maximum that is.
    func raiseFileLimit() throws -> Int {
        // Headroom for the listener, log files and whatever else the process opens.
        let reserve = 64
        let limit = try FileDescriptorLimit.raise(to: configuration.maxConnections + reserve)
        let reachable = max(1, limit - reserve)
        if reachable < configuration.maxConnections {
            logger.warning(
                "open-file limit caps connections below the configured maximum",
                metadata: ["configured": "\(configuration.maxConnections)", "reachable": "\(reachable)"])
            return reachable
        }
        return configuration.maxConnections
    }
}
