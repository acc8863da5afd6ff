import Glibc

extension Connection {
    /// Hands `head` and `body` to the kernel now, in one writev; whatever it does not take
    /// waits for the socket to be writable, and reading pauses until it is gone.
    func write(_ head: [UInt8], _ body: OutgoingBody = OutgoingBody()) {
        guard !isClosed else { return }
        guard pending.isEmpty else {
            pending.append(contentsOf: head)
            var body = body
            body.move(into: &pending)
            return
        }
        let total = head.count + body.count
        let sent: Int
        do {
            if case .processed(let count) = try send(head, body) { sent = count } else { sent = 0 }
        } catch {
            close()
            return
        }
        guard sent < total else { return }
        // The rest, copied once: a client that reads slowly costs one buffer, as before.
        var rest: [UInt8] = []
        rest.reserveCapacity(total - sent)
        var skip = sent
        func keep(_ bytes: some Collection<UInt8>) {
            if skip >= bytes.count {
                skip -= bytes.count
            } else {
                rest.append(contentsOf: bytes.dropFirst(skip))
                skip = 0
            }
        }
        keep(head)
        keep(body.bytes)
        for piece in body.pieces { keep(piece) }
        pending = rest
        pendingOffset = 0
        waitForWritable()
    }

    /// One sendmsg for the head and every piece of the body (their storage stays alive for
    /// the call: `head` and `body` are held by the caller).
    private func send(_ head: [UInt8], _ body: OutgoingBody) throws(SocketError) -> SystemCall.IOResult {
        let vectors = loop.iovecs
        let needed = 2 + body.pieces.count
        guard needed <= vectors.count else {
            // More pieces than one writev takes (IOV_MAX): join them, rare and still correct.
            var joined = head
            var body = body
            body.move(into: &joined)
            let result = joined.withUnsafeBytes { bytes in
                Result { () throws(SocketError) in try SystemCall.send(fd, bytes) }
            }
            return try result.get()
        }
        var count = 0
        func add(_ pointer: UnsafeRawPointer?, _ length: Int) {
            guard length > 0, let pointer else { return }
            vectors[count] = iovec(iov_base: UnsafeMutableRawPointer(mutating: pointer), iov_len: length)
            count += 1
        }
        // The pointers stay valid after each closure returns because the arrays they point into
        // are not mutated or released before the sendmsg below (the caller holds them).
        head.withUnsafeBytes { add($0.baseAddress, $0.count) }
        body.bytes.withUnsafeBytes { add($0.baseAddress, $0.count) }
        for piece in body.pieces {
            piece.withUnsafeBytes { add($0.baseAddress, $0.count) }
        }
        return try SystemCall.send(fd, vectors: UnsafeBufferPointer(rebasing: vectors[0..<count]))
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
