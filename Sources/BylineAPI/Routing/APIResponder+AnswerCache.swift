import BylineHTTP

extension APIResponder {
    /// A cacheable GET answered from `answers`: the response the full path would give, or nil
    /// when the target has no answer from the current snapshot yet, or when the request asks
    /// for something the cache does not keep (pretty output). Skips query validation (the
    /// target passed it when its answer was kept), tag hashing and the handler; conditional
    /// requests, readiness and `Last-Modified` are decided per request as on the full path.
    func respondFromCache(_ request: HTTPRequest, readsCorpus: Bool) -> HTTPResponse? {
        guard !Self.wantsPretty(request) else { return nil }
        // First, before the snapshot and load time (see `CorpusService.reuseEpoch`).
        let epoch = service.reuseEpoch
        if readsCorpus, !service.isReady { return nil }
        let snapshot = service.store.snapshot
        guard let answer = answers.cached(identity: snapshot.identity, target: request.target) else { return nil }
        let tag = gzipEnabled && request.acceptsGzip ? answer.gzipTag : answer.identityTag
        let lastModified = service.lastModified
        if CachePolicy.isNotModified(request, etag: tag, lastModified: lastModified.seconds) {
            var response = HTTPResponse(status: .notModified)
            addValidators(to: &response, etag: tag, lastModified: lastModified)
            return response
        }
        var response = HTTPResponse(status: .ok, body: answer.body)
        response.bodyPieces = answer.pieces
        response.gzipMemo = answer.gzip
        response.headers.reserveCapacity(8)  // these four, then the engine's Vary and CORS
        response.headers.add("Content-Type", "application/json; charset=utf-8")
        addValidators(to: &response, etag: tag, lastModified: lastModified)
        // The same target, coding and snapshot give these bytes again: the engine may send
        // them without asking (conditional requests never reach a reused response).
        response.reuseEpoch = epoch
        return response
    }
}
