@preconcurrency import Glibc

/// One accepted socket. Confined to its event loop's thread: every method runs there,
/// which is what makes the unchecked Sendable sound.
final class Connection: @unchecked Sendable {
    let fd: Int32
    // The loop owns its connections and outlives them; unowned(unsafe) skips a refcount
    // check on every access in the request path.
    unowned(unsafe) let loop: EventLoop
    var parser: HTTPRequestParser
    var state: ConnectionState
    /// What the loop watches this socket for.
    var interest: Epoll.Interest = .read
    var readPaused: Bool { !interest.contains(.read) }
    /// Response bytes the kernel has not taken yet.
    var pending: [UInt8] = []
    var pendingOffset = 0

    init(fd: Int32, loop: EventLoop, now: UInt64) {
        self.fd = fd
        self.loop = loop
        parser = HTTPRequestParser(limits: loop.core.configuration.limits)
        state = ConnectionState(now: now)
    }

    var isClosed: Bool { state.phase == .closed }

    // MARK: Reading

    func handleReadable() {
        guard !isClosed else { return }
        var peerClosed = false
        // A few reads at most per event, so one fast sender cannot monopolise the loop.
        for _ in 0..<4 {
            let result: SystemCall.IOResult
            do {
                result = try SystemCall.read(fd, into: loop.readBuffer)
            } catch {
                close()
                return
            }
            guard case .processed(let count) = result else { break }
            if count == 0 {
                peerClosed = true
                break
            }
            if state.phase == .lingering { continue }
            parser.append(UnsafeRawBufferPointer(rebasing: loop.readBuffer[0..<count]))
            if count < loop.readBuffer.count { break }
        }
        if state.phase == .lingering {
            if peerClosed { close() }
            return
        }
        processBufferedRequests()
        guard !isClosed else { return }
        if peerClosed {
            // The client sent its last byte; answer what it asked and go. EOF keeps the
            // descriptor readable, so stop watching it.
            state.closeAfterResponse()
            pauseReading()
            if pending.isEmpty { close() }
        }
    }

    func pauseReading() {
        setInterest(interest.subtracting(.read))
    }

    func resumeReading() {
        setInterest(interest.union(.read))
    }

    func setInterest(_ wanted: Epoll.Interest) {
        guard wanted != interest, !isClosed else { return }
        interest = wanted
        loop.setInterest(self, wanted)
    }

    // MARK: Closing

    func close() {
        guard !isClosed else { return }
        state.markClosed()
        pending = []
        parser = HTTPRequestParser(limits: parser.limits)
        loop.connectionClosed(self)
    }

    /// After a final response: stop sending (FIN) but keep reading for a moment, because
    /// closing with unread bytes makes the kernel send RST, which can destroy the response
    /// before the client reads it (the "lingering close" of RFC 9112 §9.6).
    func closeGracefully() {
        guard !isClosed else { return }
        _ = Glibc.shutdown(fd, Int32(SHUT_WR))
        state.beginLingering(now: SystemInfo.monotonicNanoseconds())
        resumeReading()
    }

    func beginDrain() {
        if state.beginDrain() == .close { close() }
    }

    func checkTimeout(now: UInt64) {
        switch state.timeoutAction(now: now, timeouts: loop.core.configuration.timeouts) {
        case .none: return
        case .close: close()
        case .timeOutRequest:
            let error = HTTPError(.requestTimeout, code: "request_timeout", message: "request not received in time")
            state.closeAfterResponse()
            var out: [UInt8] = []
            HTTPResponseEncoder.encode(
                .error(error), isHead: false, keepAlive: false, version: .http1_1,
                date: loop.date.current(), into: &out)
            if pending.isEmpty { sendBestEffort(out) }
            record(
                method: HTTPMethod(rawValue: "-"), path: "-", route: nil, status: 408, bytes: 0,
                nanoseconds: 0)
            close()
        }
    }
}
