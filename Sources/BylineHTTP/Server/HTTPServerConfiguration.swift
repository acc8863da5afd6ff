/// Everything the engine can be told, with defaults fit for production.
public struct HTTPServerConfiguration: Sendable {
    /// Address to bind: "0.0.0.0", "::", "127.0.0.1", "::1"...
    public var host: String
    /// Port to bind; 0 lets the kernel pick one (read it back from `HTTPServer.address`).
    public var port: Int
    /// Pending-connection queue length passed to listen(2).
    public var backlog: Int
    public var limits: HTTPParserLimits
    public var timeouts: Timeouts
    /// Connections held at once; above it new ones get a 503 and are closed.
    public var maxConnections: Int
    public var gzip: Gzip
    public var cors: CORS
    /// How long a graceful shutdown waits for in-flight requests before closing everything.
    public var drainTimeout: Duration
    /// Event loops (epoll threads) connections are spread over; defaults to the number of
    /// online CPUs.
    public var eventLoopCount: Int
    /// Memory for responses handlers mark reusable (`HTTPResponse.reuseEpoch`).
    public var reuse: Reuse

    public struct Timeouts: Sendable, Hashable {
        /// From the first byte of a request to the end of its header section (slowloris).
        public var headerRead: Duration
        /// From the end of the header section to the last byte of the body.
        public var bodyRead: Duration
        /// How long a keep-alive connection may sit idle between requests.
        public var keepAliveIdle: Duration
        /// How long a response may make no progress towards a client that stopped reading.
        public var write: Duration

        public init(
            headerRead: Duration = .seconds(10), bodyRead: Duration = .seconds(30),
            keepAliveIdle: Duration = .seconds(60), write: Duration = .seconds(30)
        ) {
            self.headerRead = headerRead
            self.bodyRead = bodyRead
            self.keepAliveIdle = keepAliveIdle
            self.write = write
        }
    }

    public struct Gzip: Sendable, Hashable {
        public var enabled: Bool
        /// Bodies shorter than this are sent as they are: compressing them gains nothing.
        public var minimumSize: Int
        /// zlib level, 1 (fastest) to 9 (smallest).
        public var level: Int

        public init(enabled: Bool = true, minimumSize: Int = 1024, level: Int = 6) {
            self.enabled = enabled
            self.minimumSize = minimumSize
            self.level = level
        }
    }

    public struct CORS: Sendable, Hashable {
        /// Origins allowed to read responses: exact origins ("https://example.org") or "*".
        /// Empty turns CORS off.
        public var allowedOrigins: [String]
        /// How long browsers may cache a preflight answer.
        public var maxAge: Duration

        public init(allowedOrigins: [String] = [], maxAge: Duration = .seconds(600)) {
            self.allowedOrigins = allowedOrigins
            self.maxAge = maxAge
        }
    }

    /// Bounds of the cache of reusable responses, per generation (at most twice these are
    /// held: `ResponseReuseCache`); either at 0 turns reuse off.
    public struct Reuse: Sendable, Hashable {
        public var maxEntries: Int
        public var maxBytes: Int

        public init(maxEntries: Int = 1024, maxBytes: Int = 4 * 1024 * 1024) {
            self.maxEntries = maxEntries
            self.maxBytes = maxBytes
        }
    }

    public init(
        host: String = "127.0.0.1", port: Int = 8080, backlog: Int = 1024,
        limits: HTTPParserLimits = .init(), timeouts: Timeouts = .init(),
        maxConnections: Int = 16_384, gzip: Gzip = .init(), cors: CORS = .init(),
        drainTimeout: Duration = .seconds(10), eventLoopCount: Int? = nil,
        reuse: Reuse = .init()
    ) {
        self.host = host
        self.port = port
        self.backlog = backlog
        self.limits = limits
        self.timeouts = timeouts
        self.maxConnections = maxConnections
        self.gzip = gzip
        self.cors = cors
        self.drainTimeout = drainTimeout
        self.eventLoopCount = eventLoopCount ?? SystemInfo.activeProcessorCount
        self.reuse = reuse
    }
}
