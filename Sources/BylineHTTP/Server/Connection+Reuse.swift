extension Connection {
    /// Answers `request` from the reuse cache when an earlier identical request (same
    /// `ReuseKey`) got a response its handler marked reusable and that response's epoch is
    /// still current: the stored head with today's date and the stored body, nothing
    /// routed, prepared or encoded. False (and nothing written) when there is no such answer
    /// or this response must differ in framing (the connection is closing).
    /// `rawHead`: where the request's bytes are in the parser's buffer when it was parsed
    /// from a request boundary; a hit teaches the loop those bytes (`RepeatedHeads`).
    func answerFromReuse(
        _ request: HTTPRequest, key: ReuseKey?, rawHead: Range<Int>?, into out: inout [UInt8],
        body: inout OutgoingBody
    ) -> Bool {
        guard let key, state.keepAlive, !loop.core.isDraining.load(ordering: .relaxed),
            let reusable = loop.core.reuse.response(for: key)
        else { return false }
        let start = SystemInfo.monotonicNanoseconds()
        send(reusable, into: &out, body: &body)
        if let rawHead, request.body.isEmpty {
            parser.buffer.withUnsafeBytes { buffer in
                loop.repeatedHeads.learn(UnsafeRawBufferPointer(rebasing: buffer[rawHead]), key: key, path: request.path)
            }
        }
        record(reusable, method: request.method, path: request.path, since: start)
        return true
    }

    /// The next request when its head repeats, byte for byte, one this loop answered from the
    /// reuse cache, and that answer is still kept: answered without parsing. False (nothing
    /// consumed or written) otherwise; `pendingBody`, the previous response's separate body,
    /// is moved behind `out` first so answers keep their order.
    func answerRepeatedHead(into out: inout [UInt8], pendingBody body: inout OutgoingBody) -> Bool {
        guard !loop.repeatedHeads.isEmpty, state.keepAlive, !loop.core.isDraining.load(ordering: .relaxed),
            let range = parser.bufferedHeadAtBoundary(maxLength: RepeatedHeads.maxHeadLength)
        else { return false }
        let known = parser.buffer.withUnsafeBytes { buffer in
            loop.repeatedHeads.match(UnsafeRawBufferPointer(rebasing: buffer[range]))
        }
        guard let known, let reusable = loop.core.reuse.response(for: known.key) else { return false }
        let start = SystemInfo.monotonicNanoseconds()
        parser.skipHead(through: range.upperBound)
        if !body.isEmpty { body.move(into: &out) }
        send(reusable, into: &out, body: &body)
        record(reusable, method: known.key.method, path: known.path, since: start)
        return true
    }

    private func send(_ reusable: ReusableResponse, into out: inout [UInt8], body: inout OutgoingBody) {
        out.append(contentsOf: reusable.beforeDate)
        out.append(contentsOf: loop.date.current())
        out.append(contentsOf: reusable.afterDate)
        if !reusable.body.isEmpty { body = OutgoingBody(bytes: reusable.body) }
    }

    private func record(_ reusable: ReusableResponse, method: HTTPMethod, path: String, since start: UInt64) {
        let elapsed = SystemInfo.monotonicNanoseconds() &- start
        record(
            method: method, path: path, route: reusable.routePattern,
            status: reusable.status, bytes: reusable.bodyCount, nanoseconds: elapsed)
    }

    /// Files a response the handler marked reusable, encoded exactly as it was just sent
    /// (a keep-alive HTTP/1.1 response, no `Connection` field), split around its date.
    func keepForReuse(
        _ response: HTTPResponse, key: ReuseKey, isHead: Bool, date: [UInt8]
    ) {
        guard let epoch = response.reuseEpoch, loop.core.reuse.isEnabled else { return }
        var head: [UInt8] = []
        var body = OutgoingBody()
        var dateOffset = -1
        let bytes = HTTPResponseEncoder.encode(
            response, isHead: isHead, keepAlive: true, version: .http1_1, date: date,
            into: &head, separateBody: &body, dateOffset: &dateOffset)
        guard dateOffset >= 0, dateOffset + date.count <= head.count else { return }
        var joined = body.bytes
        if !body.pieces.isEmpty {
            // Joined once here, so every reuse sends one contiguous body.
            joined.reserveCapacity(body.count)
            for piece in body.pieces { joined.append(contentsOf: piece) }
        }
        let reusable = ReusableResponse(
            beforeDate: Array(head[..<dateOffset]), afterDate: Array(head[(dateOffset + date.count)...]),
            body: joined, routePattern: response.routePattern, status: response.status.code,
            bodyCount: bytes, epoch: epoch)
        if let usage = loop.core.reuse.store(reusable, for: key) {
            loop.core.observer?.reuseCacheStored(entries: usage.entries, bytes: usage.bytes)
        }
    }
}
