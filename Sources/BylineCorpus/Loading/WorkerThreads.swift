#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Threads made for one piece of a load and ended with it. A thread that ends hands the small
/// blocks its allocator cache holds (glibc's tcache: up to seven freed blocks of each small
/// size, per thread, never trimmed) back to the heap, where `malloc_trim` can return their
/// pages; Dispatch's pooled workers and a long-lived calling thread keep theirs for good,
/// scattered over the pages a load used (about 2 MB after a 10,000-article load:
/// docs/ingestion.md, "Where the memory goes").
enum WorkerThreads {
    /// Runs `body(0)` ... `body(count - 1)` on `count` new threads and returns when all have
    /// ended. If no thread can be made, the calling thread runs every index itself.
    static func run(_ count: Int, _ body: @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        withoutActuallyEscaping(body) { body in
            var threads: [pthread_t] = []
            var contexts: [Unmanaged<Context>] = []
            for index in 0..<count {
                let context = Unmanaged.passRetained(Context(index: index, body: body))
                if let thread = start(context) {
                    threads.append(thread)
                    contexts.append(context)
                } else {
                    context.release()
                    body(index)  // no thread to be had: this one does the work
                }
            }
            for thread in threads { pthread_join(thread, nil) }
            for context in contexts { context.release() }
        }
    }

    /// `body` on a new thread, its result returned once that thread has ended.
    static func onOwnThread<Value: Sendable>(_ body: @Sendable () -> Value) -> Value {
        let slot = Slot<Value>()
        withoutActuallyEscaping(body) { body in
            run(1) { _ in slot.value = body() }
        }
        guard let value = slot.value else { preconditionFailure("run(1) runs its body once") }
        return value
    }

    /// `theirs` on a new thread while this one runs `mine`; both results, once that thread has
    /// ended. Without a thread to be had, this one runs `theirs` after `mine`.
    static func alongside<Mine, Theirs: Sendable>(
        _ mine: () -> Mine, _ theirs: @Sendable () -> Theirs
    ) -> (Mine, Theirs) {
        let slot = Slot<Theirs>()
        var result: Mine?
        withoutActuallyEscaping(theirs) { theirs in
            let context = Unmanaged.passRetained(Context(index: 0, body: { _ in slot.value = theirs() }))
            let thread = start(context)
            result = mine()
            if let thread {
                pthread_join(thread, nil)
            } else {
                context.takeUnretainedValue().body(0)
            }
            context.release()
        }
        guard let result, let value = slot.value else { preconditionFailure("alongside runs both bodies once") }
        return (result, value)
    }

    /// A new thread running `context.body(context.index)`, or nil when none can be made. The
    /// caller keeps its retain of `context` until the thread is joined.
    private static func start(_ context: Unmanaged<Context>) -> pthread_t? {
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { raw in
            guard let raw else { return nil }
            let context = Unmanaged<Context>.fromOpaque(raw).takeUnretainedValue()
            context.body(context.index)
            return nil
        }, context.toOpaque())
        return status == 0 ? thread : nil
    }

    /// The machine's online cores (at least 1).
    static var cores: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    private final class Context: @unchecked Sendable {
        let index: Int
        let body: (Int) -> Void

        init(index: Int, body: @escaping (Int) -> Void) {
            self.index = index
            self.body = body
        }
    }

    /// Written by one thread before it ends, read after it is joined.
    private final class Slot<Value>: @unchecked Sendable {
        var value: Value?
    }
}
