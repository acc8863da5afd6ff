/// A cache of response bodies valid for one snapshot identity. Conformers decide what to
/// keep and for how long; building on a miss is shared here.
protocol BodyCache: Sendable {
    func cached(identity: String, key: String) -> [UInt8]?
    func store(_ body: [UInt8], identity: String, key: String)
}

extension BodyCache {
    /// The cached body for `key`, or `make()`'s, stored for the next request. Built outside
    /// any lock: two requests may build the same body once each, which is cheaper than making
    /// every reader (and every cached answer) wait for one slow builder.
    func body(
        identity: String, key: String, make: () throws(APIError) -> [UInt8]
    ) throws(APIError) -> [UInt8] {
        if let cached = cached(identity: identity, key: key) { return cached }
        let body = try make()
        store(body, identity: identity, key: key)
        return body
    }
}
