#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// One value made by a task of a `Parallel.run` round and read by later tasks of the same
/// round, which wait for it. Safe from deadlock when the task that puts it is listed before
/// every task that reads it and never waits itself: the cores take the tasks in list order,
/// so the one making the value has started (and will finish) before any reader can wait.
final class Awaited<Value>: @unchecked Sendable {
    private var stored: Value?
    private let ready = Atomic<Bool>(false)

    /// Sets the value (once, from one task).
    func put(_ value: consuming Value) {
        stored = consume value
        ready.store(true, ordering: .releasing)
    }

    /// The value, once it is put; the core is yielded while waiting (the maker is short and
    /// nearly always done before a reader starts).
    var value: Value {
        while !ready.load(ordering: .acquiring) { sched_yield() }
        guard let stored else { preconditionFailure("put before ready") }
        return stored
    }
}
