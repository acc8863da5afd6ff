extension WordTable {
    /// A word table being filled one key at a time, each key kept once: what a `String`
    /// dictionary or set gives its keys while the lexicon's lists are merged, without
    /// hashing every word as a `String` (with Unicode normalisation) at each insertion.
    ///
    /// Keys are held in composed form (NFC, `WordTable.composed(_:)`), so two words get
    /// one entry exactly when they are equal as `String`s (canonically). Entries are
    /// numbered in insertion order; `table()` makes the read-only table, whose ids are
    /// those numbers.
    struct Builder {
        /// The keys' code units, back to back, in entry order, in `keys[0..<used]`; the rest
        /// is room written in place (appending a key unit by unit, or through a lazy map,
        /// cost more than hashing it).
        private var keys: [UInt16] = []
        private var used = 0
        /// Where each entry's key starts in `keys`, then where the last one ends.
        private var starts: [Int32] = [0]
        /// Each entry's hash (`WordTable.hash`), kept so that growing and `table()` never
        /// hash a key again.
        private var hashes: [UInt32] = []
        /// Open addressing over a power-of-two size, at most half full: entry + 1, 0 empty.
        private var slots: [Int32] = []

        /// The number of entries.
        var count: Int { hashes.count }

        init(capacity: Int) {
            hashes.reserveCapacity(capacity)
            starts.reserveCapacity(capacity + 1)
            keys = [UInt16](repeating: 0, count: max(64, capacity * 8))
            var size = 16
            while size < capacity * 2 { size *= 2 }
            slots = [Int32](repeating: 0, count: size)
        }

        /// The entry of the key equal to `word` (canonically), added when there is none.
        mutating func insert(_ word: String) -> Int {
            var word = word
            let entry = word.withUTF8 { bytes -> Int? in
                guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
                // ASCII: a byte is a code unit.
                return insert(count: bytes.count) { units in
                    for i in 0..<bytes.count { units[i] = UInt16(bytes[i]) }
                }
            }
            if let entry { return entry }
            let composed = Array(WordTable.composed(word))
            return insert(count: composed.count) { units in
                for i in 0..<composed.count { units[i] = composed[i] }
            }
        }

        /// Writes a key of `count` code units after the last one (`write` fills them), and
        /// keeps it as a new entry unless an entry has the same units.
        private mutating func insert(count: Int, write: (UnsafeMutableBufferPointer<UInt16>) -> Void) -> Int {
            if keys.count - used < count {
                keys.append(contentsOf: repeatElement(0, count: max(count, keys.count)))
            }
            let start = used
            let end = used + count
            var probe: (hash: UInt32, slot: Int, found: Int?) = (0, 0, nil)
            // The tables are read through copies (one retain each, no copying) made in a
            // scope that ends before they are appended to: alive, they would make each
            // append copy the whole array.
            do {
                let hashes = self.hashes
                let starts = self.starts
                let slots = self.slots
                probe = keys.withUnsafeMutableBufferPointer { keys in
                    write(UnsafeMutableBufferPointer(rebasing: keys[start..<end]))
                    let hash = WordTable.hash(UnsafeBufferPointer(keys), start..<end)
                    let mask = slots.count - 1
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while slots[slot] != 0 {
                        let entry = Int(slots[slot]) - 1
                        if hashes[entry] == hash {
                            let other = Int(starts[entry])
                            if Int(starts[entry + 1]) - other == count,
                                (0..<count).allSatisfy({ keys[other + $0] == keys[start + $0] })
                            {
                                return (hash, slot, entry)
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                    return (hash, slot, nil)
                }
            }
            let (hash, slot, found) = probe
            if let found { return found }
            let entry = self.hashes.count
            self.hashes.append(hash)
            self.starts.append(Int32(end))
            self.slots[slot] = Int32(entry + 1)
            used = end
            if self.hashes.count * 2 > self.slots.count { grow() }
            return entry
        }

        /// Doubles the slots, placing every entry again by its kept hash.
        private mutating func grow() {
            var grown = [Int32](repeating: 0, count: slots.count * 2)
            let mask = grown.count - 1
            for (entry, hash) in hashes.enumerated() {
                var slot = Int(truncatingIfNeeded: hash) & mask
                while grown[slot] != 0 { slot = (slot + 1) & mask }
                grown[slot] = Int32(entry + 1)
            }
            slots = grown
        }

        /// The read-only table of these keys, each key's id its entry number.
        func table() -> WordTable {
            WordTable(keys: keys.compacted(prefix: used), starts: starts.compacted(), hashes: hashes)
        }
    }

    /// The table of entries built by `Builder`: the same layout `init(_:composedKeys:)`
    /// makes (its slots sized and filled the same way), from keys already composed and
    /// hashed. The arrays come at their exact size (`compacted`): they stay for the life of
    /// the process.
    fileprivate init(keys: [UInt16], starts: [Int32], hashes: [UInt32]) {
        let count = hashes.count
        let size = max(16, count * 2)
        var slots = [UInt32](repeating: 0, count: size)
        let indexBits = UInt32(truncatingIfNeeded: Int.bitWidth - count.leadingZeroBitCount)
        precondition(indexBits < 32, "a word table holds fewer than 2^31 words")
        for (entry, hash) in hashes.enumerated() {
            var slot = Self.slot(of: hash, size: size)
            while slots[slot] != 0 { slot = slot + 1 == size ? 0 : slot + 1 }
            slots[slot] = hash &<< indexBits | UInt32(truncatingIfNeeded: entry + 1)
        }
        self.init(keys: keys, starts: starts, slots: slots, indexBits: indexBits)
    }

}

extension Array {
    /// A copy of the first `prefix` elements (all by default) with no spare capacity, for
    /// arrays grown by appends that stay for the life of the process (`Array(self)`, even
    /// `Array(self[...])`, may share the grown buffer).
    func compacted(prefix: Int? = nil) -> [Element] {
        let count = Swift.min(prefix ?? self.count, self.count)
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            _ = withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0[..<count]) }
            initialized = count
        }
    }
}
