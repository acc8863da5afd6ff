/// One document's folded tokens with their (weighted) counts, computed where the document is
/// read (in parallel) so the index build only merges. Each token is counted as it is read in
/// a small open-addressing table sized to the document (no sort, no dictionary, no String),
/// and `compact()` keeps two exact-size arrays, one entry per term in the order first seen:
/// the corpus holds many of these at once.
public struct TermCounts: Sendable {
    /// One entry per term, in the order first seen.
    var terms: [UInt64] = []
    /// One weight per term: its count, each occurrence weighted by its `add`'s weight.
    var weights: [Float] = []
    public internal(set) var length: Float = 0
    /// While adding: `slots[i]` is 1 + the index in `terms` of the term hashed there, 0 when
    /// empty. Empty once compact.
    var slots: [Int32] = []

    public init() {}

    /// Adds every token of `text`, each counting `weight` (a title counts more than the body).
    public mutating func add(_ text: String, weight: Float = 1) {
        var text = text
        text.withUTF8 { add(utf8: $0, weight: weight) }
    }

    /// Adds every token of `utf8` (whole scalars of valid UTF-8), each counting `weight`.
    mutating func add(utf8 text: UnsafeBufferPointer<UInt8>, weight: Float = 1) {
        // A token takes at least one byte and is followed by at least one other: sized for
        // that, the table never grows during the scan and stays at most half full.
        reserveSlots(forTerms: terms.count + (text.count + 1) / 2 + 1)
        var terms = self.terms
        var weights = self.weights
        var slots = self.slots
        (self.terms, self.weights, self.slots) = ([], [], [])
        var length = self.length
        slots.withUnsafeMutableBufferPointer { slots in
            SearchTokenizer.forEachTerm(in: text) { _, term in
                length += weight
                Self.count(term, weight: weight, terms: &terms, weights: &weights, slots: slots)
            }
        }
        (self.terms, self.weights, self.slots, self.length) = (terms, weights, slots, length)
    }

    /// Counts one occurrence of `term` (the table must have room: see `reserveSlots`).
    @inline(__always)
    static func count(
        _ term: UInt64, weight: Float, terms: inout [UInt64], weights: inout [Float],
        slots: UnsafeMutableBufferPointer<Int32>
    ) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: term ^ (term >> 29)) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 {
                terms.append(term)
                weights.append(weight)
                slots[slot] = Int32(terms.count)
                return
            }
            if terms[entry - 1] == term {
                weights[entry - 1] += weight
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// Makes the table a power of two at least twice `count` (rehashing what is there).
    mutating func reserveSlots(forTerms count: Int) {
        var size = 16
        while size < count * 2 { size <<= 1 }
        guard size > slots.count else { return }
        slots = [Int32](repeating: 0, count: size)
        let mask = size - 1
        for index in terms.indices {
            let term = terms[index]
            var slot = Int(truncatingIfNeeded: term ^ (term >> 29)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    public var termCount: Int { terms.count }

    /// The same counts without the table and with exact-capacity arrays (they live until the
    /// index is built).
    public func compact() -> TermCounts {
        guard !slots.isEmpty else { return self }
        var copy = TermCounts()
        copy.length = length
        copy.terms = terms.trimmed()
        copy.weights = weights.trimmed()
        return copy
    }

    /// Every (term, weight), each term once, in the order first seen.
    func forEach(_ body: (UInt64, Float) -> Void) {
        for index in terms.indices { body(terms[index], weights[index]) }
    }
}
