/// The timing and lifecycle rules of one connection, as a value whose methods return what
/// to do. The socket code applies the actions; tests drive it with a fake clock.
struct ConnectionState: Sendable {
    enum Phase: Sendable, Equatable {
        /// Between requests on a keep-alive connection.
        case idle
        /// Part of a request line or header section has arrived.
        case readingHead
        /// The header section is complete; the body is arriving.
        case readingBody
        /// A response is waiting for the client to read it.
        case writing
        /// The final response is sent and our side is shut down; reading what the client
        /// still sends so closing does not reset the connection under its response.
        case lingering
        case closed
    }

    enum Action: Sendable, Equatable {
        case none
        /// Close without a word: idle keep-alive timeout, stalled write, shutdown of an idle
        /// connection.
        case close
        /// Answer 408 Request Timeout, then close (RFC 9110 §15.5.9).
        case timeOutRequest
    }

    /// How long a lingering close may wait for the client to finish sending.
    static let lingerTimeout: UInt64 = 2_000_000_000

    private(set) var phase: Phase = .idle
    /// When the current phase began, or for `.writing` when the last byte was accepted: a
    /// slowloris cannot reset the header deadline by trickling bytes, while a slow but
    /// steadily reading client is not cut off mid-response.
    private(set) var phaseStart: UInt64
    private(set) var keepAlive = true
    private(set) var draining = false

    init(now: UInt64) {
        phaseStart = now
    }

    /// Called after every read, parse and write with where the parser and output stand.
    /// Returns `.close` when the connection has nothing left to do.
    mutating func update(parser: HTTPRequestParser.Phase, outputPending: Bool, now: UInt64) -> Action {
        guard phase != .closed, phase != .lingering else { return .none }
        let next: Phase
        if outputPending {
            next = .writing
        } else {
            switch parser {
            case .idle: next = .idle
            case .head: next = .readingHead
            case .body: next = .readingBody
            }
        }
        if next != phase {
            phase = next
            phaseStart = now
        }
        // Without keep-alive the connection ends once its last response is out, even if
        // the client pipelined more; a drain also ends idle connections.
        if !outputPending && (!keepAlive || (draining && next == .idle)) { return .close }
        return .none
    }

    /// The client accepted some response bytes: the write deadline moves.
    mutating func madeWriteProgress(now: UInt64) {
        if phase == .writing { phaseStart = now }
    }

    /// Whether the response being produced may leave the connection open; once a response
    /// says `Connection: close`, every later answer does too.
    mutating func keepAliveForResponse(requestWantsKeepAlive: Bool) -> Bool {
        keepAlive = keepAlive && requestWantsKeepAlive && !draining
        return keepAlive
    }

    /// The connection must close after what is already queued (a protocol error).
    mutating func closeAfterResponse() {
        keepAlive = false
    }

    mutating func beginLingering(now: UInt64) {
        guard phase != .closed else { return }
        phase = .lingering
        phaseStart = now
    }

    mutating func markClosed() {
        phase = .closed
    }

    /// Graceful shutdown: idle connections close now, busy ones after their response.
    mutating func beginDrain() -> Action {
        draining = true
        return phase == .idle ? .close : .none
    }

    /// What the periodic sweep should do about this connection at `now`.
    func timeoutAction(now: UInt64, timeouts: HTTPServerConfiguration.Timeouts) -> Action {
        let elapsed = now >= phaseStart ? now - phaseStart : 0
        switch phase {
        case .idle: return elapsed > timeouts.keepAliveIdle.nanoseconds ? .close : .none
        case .readingHead: return elapsed > timeouts.headerRead.nanoseconds ? .timeOutRequest : .none
        case .readingBody: return elapsed > timeouts.bodyRead.nanoseconds ? .timeOutRequest : .none
        case .writing: return elapsed > timeouts.write.nanoseconds ? .close : .none
        case .lingering: return elapsed > Self.lingerTimeout ? .close : .none
        case .closed: return .none
        }
    }
}
