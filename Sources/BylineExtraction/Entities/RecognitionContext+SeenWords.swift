extension RecognitionContext {
    /// The words the fact table has looked up so far in one article, by hash: a word seen
    /// before (names and sentence openers recur) takes its facts from its first token instead
    /// of from the lexicon's large word table, whose probes miss the cache. A fixed number of
    /// slots on the caller's stack; once half of them are taken, further words are looked up
    /// without being remembered.
    struct SeenWords {
        /// The number of slots (a power of two).
        static let size = 128
        /// The word's hash in the high half, its first token's index + 1 in the low; 0: empty.
        private let slots: UnsafeMutableBufferPointer<UInt64>
        private var count = 0

        /// Over `slots` (`size` of them, initialised here).
        init(_ slots: UnsafeMutableBufferPointer<UInt64>) {
            precondition(slots.count == Self.size, "one slot buffer of the fixed size")
            slots.initialize(repeating: 0)
            self.slots = slots
        }

        /// The first token before token `index` whose code units are `units[range]`, given
        /// the units' `hash` (`WordTable.hash`), or nil; token `index` is then remembered as
        /// that word's first token while there is room.
        mutating func first(
            _ hash: UInt32, _ range: Range<Int>, index: Int, units: UnsafeBufferPointer<UInt16>,
            tokens: UnsafeBufferPointer<Token>
        ) -> Int? {
            let mask = Self.size - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let value = slots[slot]
                if value == 0 { break }
                if UInt32(truncatingIfNeeded: value >> 32) == hash {
                    let other = Int(truncatingIfNeeded: UInt32(truncatingIfNeeded: value)) - 1
                    let span = tokens[other].span
                    if span.end - span.start == range.count, Self.equal(units, span.start, range) { return other }
                }
                slot = (slot + 1) & mask
            }
            if count * 2 < Self.size, index < Int(UInt32.max) {
                slots[slot] = UInt64(hash) << 32 | UInt64(index + 1)
                count += 1
            }
            return nil
        }

        /// Whether the units from `start` on equal `units[range]`.
        @inline(__always)
        private static func equal(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ range: Range<Int>) -> Bool {
            var k = start
            for i in range {
                if units[k] != units[i] { return false }
                k += 1
            }
            return true
        }
    }
}
