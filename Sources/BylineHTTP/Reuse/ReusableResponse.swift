/// A finished response as the engine encoded it, split around the `Date` value so it can be
/// sent again with the current date and nothing else rebuilt.
struct ReusableResponse: Sendable {
    /// Status line and fields up to and including "Date: ".
    let beforeDate: [UInt8]
    /// From the CRLF after the date to the end of the head, plus a body small enough to be
    /// sent inside the head's buffer.
    let afterDate: [UInt8]
    /// A large body, sent as its own iovec (often the very storage a handler's cache holds).
    let body: [UInt8]
    /// For the access log and metrics, as the full path reports them.
    let routePattern: String?
    let status: Int
    let bodyCount: Int
    let epoch: ReuseEpoch

    /// Bytes the entry accounts for (counted in full even when `body` is shared).
    var cost: Int { beforeDate.count + afterDate.count + body.count + 160 }
}
