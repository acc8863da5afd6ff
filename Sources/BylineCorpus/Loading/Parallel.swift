import Synchronization

/// Data parallelism over the machine's cores with results in input order, so a parallel
/// load gives exactly what a serial one would. The work runs on threads made for the call
/// (`WorkerThreads`), which take the next index from a shared counter until none is left.
enum Parallel {
    static func map<Element: Sendable, Result: Sendable>(
        _ items: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        map(items, state: {}) { _, item in transform(item) }
    }

    /// `map` where each worker first makes a `State` of its own (`makeState`) and hands it to
    /// every `transform` it runs: working memory kept from one item to the next on its thread,
    /// never shared. With one item, the calling thread makes one and runs it.
    static func map<Element: Sendable, Result: Sendable, State>(
        _ items: [Element], state makeState: @Sendable () -> State,
        _ transform: @Sendable (inout State, Element) -> Result
    ) -> [Result] {
        guard items.count > 1 else {
            var state = makeState()
            return items.map { transform(&state, $0) }
        }
        return [Result](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            items.withUnsafeBufferPointer { input in
                // Each index is written exactly once, by exactly one worker.
                let output = Shared(value: base)
                let input = Shared(value: input)
                let next = Counter()
                withoutActuallyEscaping(transform) { transform in
                    let work = Shared(value: transform)
                    WorkerThreads.run(min(WorkerThreads.cores, items.count)) { _ in
                        var state = makeState()
                        while true {
                            let index = next.value.wrappingAdd(1, ordering: .relaxed).oldValue
                            guard index < input.value.count else { return }
                            (output.value + index).initialize(to: work.value(&state, input.value[index]))
                        }
                    }
                }
            }
            initialized = items.count
        }
    }

    /// Runs two independent pieces of work at once (one per core) and returns both results:
    /// a load's serial stages that do not depend on each other overlap.
    static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        var a: A?
        var b: B?
        withUnsafeMutablePointer(to: &a) { resultA in
            withUnsafeMutablePointer(to: &b) { resultB in
                // Each result is written exactly once, by exactly one worker.
                let results = Shared(value: (resultA, resultB))
                withoutActuallyEscaping(first) { first in
                    withoutActuallyEscaping(second) { second in
                        let work = Shared(value: (first, second))
                        WorkerThreads.run(2) { index in
                            if index == 0 {
                                results.value.0.pointee = work.value.0()
                            } else {
                                results.value.1.pointee = work.value.1()
                            }
                        }
                    }
                }
            }
        }
        guard let a, let b else { preconditionFailure("WorkerThreads.run runs every index") }
        return (a, b)
    }

    /// Runs independent pieces of work on the machine's cores (each core takes the next piece
    /// when it is done with one), and returns when all are done: the stages of a load that do
    /// not depend on each other overlap. List the longest first. `onThisThread`: one after the
    /// other on the calling thread instead, with no threads made.
    static func run(_ tasks: [@Sendable () -> Void], onThisThread: Bool = false) {
        guard tasks.count > 1, !onThisThread else { return tasks.forEach { $0() } }
        let next = Counter()
        WorkerThreads.run(min(WorkerThreads.cores, tasks.count)) { _ in
            while true {
                let index = next.value.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < tasks.count else { return }
                tasks[index]()
            }
        }
    }

    /// Hands a pointer to workers that touch disjoint parts of it.
    private struct Shared<Value>: @unchecked Sendable {
        var value: Value
    }

    private final class Counter: Sendable {
        let value = Atomic<Int>(0)
    }
}
