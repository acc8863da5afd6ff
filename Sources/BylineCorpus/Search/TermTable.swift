/// `TermCounts`' counting over buffers allocated once, sized for the most terms a text can
/// hold: the loop that counts every token of a load writes through pointers, with no array
/// growth, uniqueness or bounds checks per token. `deallocate()` when done.
struct TermTable {
    private let terms: UnsafeMutableBufferPointer<UInt64>
    private let weights: UnsafeMutableBufferPointer<Float>
    /// `slots[i]` is 1 + the index in `terms` of the term hashed there, 0 when empty.
    private let slots: UnsafeMutableBufferPointer<Int32>
    private(set) var count = 0
    private(set) var length: Float = 0

    /// Room for the tokens of `bytes` bytes of text: a token takes at least one byte and is
    /// followed by at least one other, so there are at most `(bytes + 1) / 2` (the table stays
    /// at most half full).
    init(bytes: Int) {
        let capacity = (max(bytes, 0) + 1) / 2 + 1
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        terms = .allocate(capacity: capacity)
        weights = .allocate(capacity: capacity)
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0)
    }

    func deallocate() {
        terms.deallocate()
        weights.deallocate()
        slots.deallocate()
    }

    /// Empty again, for another document no larger than the table was made for.
    mutating func reset() {
        slots.update(repeating: 0)
        count = 0
        length = 0
    }

    /// Counts one occurrence of `term`.
    @inline(__always)
    mutating func count(_ term: UInt64, weight: Float) {
        length += weight
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: term ^ (term >> 29)) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 {
                precondition(count < terms.count, "more tokens than bytes allow")
                terms[count] = term
                weights[count] = weight
                count += 1
                slots[slot] = Int32(truncatingIfNeeded: count)
                return
            }
            if terms[entry - 1] == term {
                weights[entry - 1] += weight
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// Counts every token of `utf8` (whole scalars of valid UTF-8).
    mutating func add(_ utf8: UnsafeBufferPointer<UInt8>, weight: Float) {
        SearchTokenizer.forEachTerm(in: utf8) { _, term in count(term, weight: weight) }
    }

    /// Adds what is counted to `columns` as one document (terms in the order first seen).
    func append(to columns: inout TermColumns) {
        columns.append(
            terms: UnsafeBufferPointer(rebasing: terms[..<count]),
            weights: UnsafeBufferPointer(rebasing: weights[..<count]), length: length)
    }
}
