/// One value handed from a stage of a load to the next: written once by the task that makes
/// it (`Parallel.run`), read after every task has ended, or taken by the one task that uses it
/// up, so that it is freed on that task's thread instead of in a serial stage afterwards.
final class Handoff<Value>: @unchecked Sendable {
    private var value: Value?

    init(_ value: Value? = nil) {
        self.value = value
    }

    /// Sets the value (once, from one task).
    func put(_ value: consuming Value) {
        self.value = consume value
    }

    /// Moves the value out (once, from one task).
    func take() -> Value {
        guard let value = value.take() else { preconditionFailure("a handoff is taken once, after it is put") }
        return value
    }
}
