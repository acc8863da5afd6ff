import Synchronization

/// Set from the loading thread when the first load fails, read after the server stops, so the
/// process can exit non-zero: a server with no corpus is not a working server.
final class FirstLoadOutcome: Sendable {
    private let flag = Atomic<Bool>(false)

    func markFailed() { flag.store(true, ordering: .releasing) }
    var failed: Bool { flag.load(ordering: .acquiring) }
}
