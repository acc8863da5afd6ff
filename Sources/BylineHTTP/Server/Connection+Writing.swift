extension Connection {
    /// Hands `head` and `body` to the kernel now, in one writev; whatever it does not take
    /// waits for the socket to be writable, and reading pauses until it is gone.
    func write(_ head: [UInt8], _ body: [UInt8] = []) {
        guard !isClosed else { return }
        guard pending.isEmpty else {
            pending.append(contentsOf: head)
            pending.append(contentsOf: body)
            return
        }
        let sent: Int
        do {
            let result = try head.withUnsafeBytes { headBytes in
                try body.withUnsafeBytes { bodyBytes in
                    try SystemCall.send(fd, headBytes, bodyBytes)
                }
            }
            if case .processed(let count) = result { sent = count } else { sent = 0 }
        } catch {
            close()
            return
        }
        guard sent < head.count + body.count else { return }
        if sent < head.count {
            pending = Array(head[sent...])
            pending.append(contentsOf: body)
        } else {
            pending = Array(body[(sent - head.count)...])
        }
        pendingOffset = 0
        waitForWritable()
    }

    /// Stops reading (a client that does not read its answers gets no more of them made)
    /// and waits for the socket to accept more bytes.
    func waitForWritable() {
        setInterest(.write)
    }

    func handleWritable() {
        guard !isClosed, !pending.isEmpty else { return }
        let result: SystemCall.IOResult
        do {
            result = try pending.withUnsafeBytes { buffer in
                try SystemCall.send(fd, UnsafeRawBufferPointer(rebasing: buffer[pendingOffset...]))
            }
        } catch {
            close()
            return
        }
        guard case .processed(let count) = result, count > 0 else { return }
        pendingOffset += count
        state.madeWriteProgress(now: SystemInfo.monotonicNanoseconds())
        guard pendingOffset >= pending.count else { return }
        pending = []
        pendingOffset = 0
        setInterest(state.keepAlive ? .read : [])
        // Requests that arrived while the client was not reading are still buffered.
        processBufferedRequests()
    }

    /// One send, no waiting: for answers to connections about to close.
    func sendBestEffort(_ bytes: [UInt8]) {
        do {
            _ = try bytes.withUnsafeBytes { try SystemCall.send(fd, $0) }
        } catch {
            loop.core.logger.trace("best-effort send failed", metadata: ["error": "\(error)"])
        }
    }
}
