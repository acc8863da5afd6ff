import Logging

extension Connection {
    /// Parses and answers every complete request in the buffer, in order, writing all the
    /// answers with one send. Stops while earlier responses are still unsent, so a client
    /// that does not read cannot make the server buffer answers without bound.
    func processBufferedRequests() {
        var out = loop.takeOutputBuffer()
        defer { loop.returnOutputBuffer(&out) }
        // The last response's large body, kept out of `out` so it is sent without a copy.
        var lastBody = OutgoingBody()
        while pending.isEmpty, state.keepAlive, !isClosed {
            if answerRepeatedHead(into: &out, pendingBody: &lastBody) { continue }
            // Where a request parsed from a boundary starts, so its bytes can be learned.
            let headStart = parser.isAtRequestBoundary ? parser.readIndex : nil
            let event: HTTPParserEvent?
            do {
                event = try parser.next()
            } catch {
                lastBody.move(into: &out)
                answerProtocolError(error, into: &out)
                break
            }
            guard let event else { break }
            if !lastBody.isEmpty { lastBody.move(into: &out) }
            switch event {
            case .continueExpected:
                out.append(contentsOf: HTTPResponseEncoder.continueResponse)
            case .request(let request):
                answer(request, rawHead: headStart.map { $0..<parser.readIndex }, into: &out, body: &lastBody)
            }
        }
        if !out.isEmpty || !lastBody.isEmpty { write(out, lastBody) }
        afterProgress()
    }

    /// Re-evaluates the connection's phase; closes it when it has nothing left to do.
    func afterProgress() {
        guard !isClosed, state.phase != .lingering else { return }
        let now = SystemInfo.monotonicNanoseconds()
        if state.update(parser: parser.phase, outputPending: !pending.isEmpty, now: now) == .close {
            if state.keepAlive {
                close()
            } else {
                closeGracefully()
            }
        } else if parser.phase == .idle && pending.isEmpty {
            parser.releaseMemoryIfIdle()
        }
    }

    func answer(_ request: HTTPRequest, rawHead: Range<Int>? = nil, into out: inout [UInt8], body: inout OutgoingBody) {
        let core = loop.core
        let key = core.reuse.isEnabled ? ReuseKey(request) : nil
        if answerFromReuse(request, key: key, rawHead: rawHead, into: &out, body: &body) { return }
        let start = SystemInfo.monotonicNanoseconds()
        var response: HTTPResponse
        do {
            response = try core.responder.respond(to: request)
        } catch let error as any HTTPResponseError {
            response = .error(error)
        } catch {
            core.logger.error(
                "request handler failed",
                metadata: ["method": "\(request.method)", "path": "\(request.path)", "error": "\(error)"])
            response = .internalError
        }
        core.preparation.prepare(&response, for: request)
        if core.isDraining.load(ordering: .relaxed) { state.closeAfterResponse() }
        let keepAlive = state.keepAliveForResponse(requestWantsKeepAlive: request.wantsKeepAlive)
        let date = loop.date.current()
        let bytes = HTTPResponseEncoder.encode(
            response, isHead: request.method == .head, keepAlive: keepAlive,
            version: request.version, date: date, into: &out, separateBody: &body)
        if let key, keepAlive, response.reuseEpoch != nil {
            keepForReuse(response, key: key, isHead: request.method == .head, date: date)
        }
        let elapsed = SystemInfo.monotonicNanoseconds() &- start
        record(
            method: request.method, path: request.path, route: response.routePattern,
            status: response.status.code, bytes: bytes, nanoseconds: elapsed)
    }

    /// A request the parser refused: its status, `Connection: close`, then close
    /// (RFC 9112 §9.6), since the rest of the stream cannot be framed.
    func answerProtocolError(_ error: HTTPParserError, into out: inout [UInt8]) {
        state.closeAfterResponse()
        let response = HTTPResponse.error(error)
        let bytes = HTTPResponseEncoder.encode(
            response, isHead: false, keepAlive: false, version: .http1_1,
            date: loop.date.current(), into: &out)
        loop.core.logger.debug(
            "refused malformed request", metadata: ["error": "\(error)", "status": "\(error.status.code)"])
        record(
            method: HTTPMethod(rawValue: "-"), path: "-", route: nil, status: error.status.code,
            bytes: bytes, nanoseconds: 0)
    }

    /// The access-log line and the observer call for one response.
    func record(method: HTTPMethod, path: String, route: String?, status: Int, bytes: Int, nanoseconds: UInt64) {
        let core = loop.core
        let duration = Duration.nanoseconds(Int64(clamping: nanoseconds))
        core.observer?.requestCompleted(
            method: method, routePattern: route, status: status, bytes: bytes, duration: duration)
        guard core.logger.logLevel <= .info else { return }
        let milliseconds = Double(nanoseconds) / 1_000_000
        core.logger.info(
            "\(method) \(path) \(status)",
            metadata: [
                "method": "\(method)", "path": "\(path)", "status": "\(status)",
                "bytes": "\(bytes)", "duration_ms": "\(milliseconds)",
            ])
    }
}
