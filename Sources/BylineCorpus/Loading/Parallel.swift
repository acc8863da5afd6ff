import Dispatch

/// Data parallelism over the machine's cores with results in input order, so a parallel
/// load gives exactly what a serial one would.
enum Parallel {
    static func map<Element: Sendable, Result: Sendable>(
        _ items: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        return [Result](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            items.withUnsafeBufferPointer { input in
                // Each index is written exactly once, by exactly one worker.
                let output = Shared(value: base)
                let input = Shared(value: input)
                withoutActuallyEscaping(transform) { transform in
                    let work = Shared(value: transform)
                    DispatchQueue.concurrentPerform(iterations: items.count) { index in
                        (output.value + index).initialize(to: work.value(input.value[index]))
                    }
                }
            }
            initialized = items.count
        }
    }

    /// Hands a pointer to workers that touch disjoint parts of it.
    private struct Shared<Value>: @unchecked Sendable {
        var value: Value
    }
}
