import Synchronization

/// How long a response a handler marked as reusable (`HTTPResponse.reuseEpoch`) stays right:
/// until the handler's owner calls `end()`, e.g. when the data it answers from is replaced.
/// The engine checks the epoch before every reuse, so a response from before the change is
/// never sent after it; the owner must take a new epoch *before* reading the data a response
/// is made from, so a change between the two ends the epoch the response carries.
public final class ReuseEpoch: Sendable {
    private let ended = Atomic<Bool>(false)

    public init() {}

    /// False once `end()` was called: responses of this epoch are never sent again.
    public var isCurrent: Bool { !ended.load(ordering: .acquiring) }

    public func end() {
        ended.store(true, ordering: .releasing)
    }
}
