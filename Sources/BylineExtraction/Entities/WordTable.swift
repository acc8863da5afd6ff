import Foundation

/// A read-only hash table from ASCII words, given as UTF-16 code units of the article text,
/// to a small integer id. The recognizer looks up every word token; with a `String` key
/// each lookup first made a `String` and then ran SipHash over it, which was the largest
/// single cost of recognition. Here the hash runs over the code units in place.
///
/// Only ASCII keys go in, unless the keys are composed (`init(_:composedKeys:)`): for ASCII
/// code-unit equality is `String` equality.
struct WordTable: Sendable {
    /// The keys' code units, back to back, in entry order.
    private var keys: [UInt16] = []
    /// Open addressing, linear probing, about half full. A slot holds its entry's index + 1
    /// in the low `indexBits` bits (0: empty) and the low bits of the key's hash above them,
    /// so most misses never touch `keys`: 4 bytes a slot, where a whole 32-bit hash beside
    /// the index took 8. Any size, not only a power of two (`slot(of:size:)`): a power of two
    /// left the lexicon's word table a third full. The table stays resident for the life of
    /// the process.
    private var slots: [UInt32] = []
    /// Bits of a slot that hold the entry (`slots`).
    private var indexBits: UInt32 = 0
    /// Where each entry's key starts in `keys`, then where the last one ends: entry `i` is
    /// `keys[starts[i]..<starts[i + 1]]`.
    private var starts: [Int32] = []
    /// Each entry's id, or empty when every entry's id is its index (the lexicon's tables):
    /// 4 bytes an entry saved.
    private var ids: [Int32] = []

    init() {}

    /// A table over `words` (only their ASCII ones), each mapped to its id.
    ///
    /// With `composedKeys`, a key with other characters goes in too, in its composed form
    /// (NFC). Two strings are equal as `String`s (canonically) exactly when their composed
    /// forms are equal code for code, so `Reader.id(ofKey:)` answers what a `String`
    /// dictionary would. No character below U+0300 ever changes under NFC, so text made only
    /// of such code units (Latin letters with their accents, `Zürich`, `São`) is already
    /// composed and may be looked up as it stands (`Reader.id(of:_:)`); other text must be
    /// composed first.
    init(_ words: [(key: String, id: Int32)], composedKeys: Bool = false) {
        let size = max(16, words.count * 2)
        var slots = [UInt32](repeating: 0, count: size)
        // Enough bits for every entry + 1; the hash's low bits fill the rest.
        let indexBits = UInt32(truncatingIfNeeded: Int.bitWidth - words.count.leadingZeroBitCount)
        precondition(indexBits < 32, "a word table holds fewer than 2^31 words")
        // The code units of the keys that are not ASCII (composed), by entry; an ASCII key's
        // bytes are its code units. A key left out (not ASCII, not `composedKeys`) is nil in
        // `kept`.
        var kept: [Int32?] = []
        kept.reserveCapacity(words.count)
        var other: [[UInt16]] = []
        var total = 0
        for (word, _) in words {
            var word = word
            let asciiCount = word.withUTF8 { $0.allSatisfy { $0 < 0x80 } ? $0.count : nil }
            if let asciiCount {
                kept.append(-1)
                total += asciiCount
            } else if composedKeys {
                kept.append(Int32(other.count))
                other.append(Array(Self.composed(word)))
                total += other[other.count - 1].count
            } else {
                kept.append(nil)
            }
        }
        // Sized exactly: grown by appends, the arrays kept up to twice the memory they use
        // for the life of the process (the lexicon's tables are built once and never freed).
        var starts: [Int32] = []
        var ids: [Int32] = []
        starts.reserveCapacity(words.count + 1)
        ids.reserveCapacity(words.count)
        let keys = [UInt16](unsafeUninitializedCapacity: total) { keys, written in
            written = 0
            slots.withUnsafeMutableBufferPointer { slots in
                for (entry, (word, id)) in words.enumerated() {
                    guard let which = kept[entry] else { continue }
                    let start = written
                    if which < 0 {
                        var word = word
                        word.withUTF8 { bytes in
                            for byte in bytes {
                                keys[written] = UInt16(byte)
                                written += 1
                            }
                        }
                    } else {
                        for unit in other[Int(which)] {
                            keys[written] = unit
                            written += 1
                        }
                    }
                    let hash = Self.hash(UnsafeBufferPointer(keys), start..<written)
                    var slot = Self.slot(of: hash, size: size)
                    while slots[slot] != 0 { slot = slot + 1 == size ? 0 : slot + 1 }
                    slots[slot] = hash &<< indexBits | UInt32(truncatingIfNeeded: starts.count + 1)
                    starts.append(Int32(start))
                    ids.append(id)
                }
            }
        }
        starts.append(Int32(keys.count))
        self.keys = keys
        self.starts = starts
        self.slots = slots
        self.indexBits = indexBits
        if !ids.indices.allSatisfy({ ids[$0] == Int32($0) }) { self.ids = ids }
    }

    /// A table with these arrays as they stand (`Builder.table()` lays them out).
    init(keys: [UInt16], starts: [Int32], slots: [UInt32], indexBits: UInt32) {
        self.keys = keys
        self.starts = starts
        self.slots = slots
        self.indexBits = indexBits
    }

    /// The first slot to probe for `hash` in a table of `size` slots: the hash scaled to the
    /// size (a multiply and a shift, Lemire's "fast range"), for any size.
    @inline(__always)
    static func slot(of hash: UInt32, size: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(hash) &* UInt64(truncatingIfNeeded: size)) >> 32)
    }

    /// Code units below this are the same in any normalisation form (`init(_:composedKeys:)`).
    static let composedLimit: UInt16 = 0x300

    /// The code units of `word` in composed form (NFC): as they stand when all are below
    /// `composedLimit`, which no normalisation changes.
    static func composed(_ word: String) -> String.UTF16View {
        word.utf16.allSatisfy { $0 < composedLimit } ? word.utf16 : word.precomposedStringWithCanonicalMapping.utf16
    }

    /// FNV-1a over the code units, folded to 32 bits (the table is built from our own
    /// lists, not from input, so a seeded hash buys nothing here).
    @inline(__always)
    static func hash(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> UInt32 {
        var hasher = FNVHasher()
        for i in range { hasher.combine(text[i]) }
        return hasher.value
    }

    /// The table's FNV-1a, fed one code unit at a time: for keys that are never one
    /// contiguous run of text (a phrase read token by token, `NameTable`).
    struct FNVHasher {
        private var state: UInt64 = 0xcbf2_9ce4_8422_2325

        @inline(__always)
        mutating func combine(_ unit: UInt16) { state = (state ^ UInt64(unit)) &* 0x100_0000_01b3 }

        /// The hash folded to 32 bits and mixed (MurmurHash3's finaliser), as the slots keep
        /// it. FNV-1a alone leaves the high bits, which pick the slot (`slot(of:size:)`), poorly
        /// mixed for short words: the lexicon's words fell into long runs of taken slots, about
        /// 27 probes a lookup instead of 2 (simulated on the lists and 100 articles).
        var value: UInt32 {
            var x = UInt32(truncatingIfNeeded: state ^ (state >> 32))
            x ^= x >> 16
            x &*= 0x85eb_ca6b
            x ^= x >> 13
            x &*= 0xc2b2_ae35
            x ^= x >> 16
            return x
        }
    }

    /// Calls `body` with a reader that looks words up without re-checking the table's arrays
    /// on every probe; the reader is valid only inside `body`.
    func withReader<R>(_ body: (Reader) -> R) -> R {
        keys.withUnsafeBufferPointer { keys in
            slots.withUnsafeBufferPointer { slots in
                starts.withUnsafeBufferPointer { starts in
                    ids.withUnsafeBufferPointer { ids in
                        body(Reader(keys: keys, slots: slots, starts: starts, ids: ids, indexBits: indexBits))
                    }
                }
            }
        }
    }

    struct Reader {
        let keys: UnsafeBufferPointer<UInt16>
        let slots: UnsafeBufferPointer<UInt32>
        let starts: UnsafeBufferPointer<Int32>
        let ids: UnsafeBufferPointer<Int32>
        let indexBits: UInt32

        /// The id of the word `text[range]` (ASCII code units), or nil when it is not listed.
        func id(of text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int32? {
            guard !slots.isEmpty else { return nil }
            return id(hash: WordTable.hash(text, range), length: range.count) { matches($0, text, range) }
        }

        /// `id(of:_:)` when the caller has hashed the units already (`hash` must be
        /// `WordTable.hash(text, range)`).
        func id(of text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, hash: UInt32) -> Int32? {
            id(hash: hash, length: range.count) { matches($0, text, range) }
        }

        /// The id of the key canonically equal to `word` (a table with composed keys), or nil.
        func id(ofKey word: String) -> Int32? {
            // ASCII (most words): hashed and compared straight from the UTF-8, where a byte
            // is a code unit; walking the `String`'s UTF-16 view twice cost several times more.
            var bytes = word
            let ascii: Int32?? = bytes.withUTF8 { bytes in
                var hasher = WordTable.FNVHasher()
                for byte in bytes {
                    if byte >= 0x80 { return .none }
                    hasher.combine(UInt16(byte))
                }
                return .some(id(hash: hasher.value, length: bytes.count) { start in
                    for i in 0..<bytes.count where keys[start + i] != UInt16(bytes[i]) { return false }
                    return true
                })
            }
            if let ascii { return ascii }
            var hasher = WordTable.FNVHasher()
            var length = 0
            for c in word.utf16 {
                guard c < WordTable.composedLimit else {
                    let units = Array(word.precomposedStringWithCanonicalMapping.utf16)
                    return units.withUnsafeBufferPointer { id(of: $0, 0..<$0.count) }
                }
                hasher.combine(c)
                length += 1
            }
            // Already composed: hashed and compared in place, without a copy.
            return id(hash: hasher.value, length: length) { start in
                var k = start
                for c in word.utf16 {
                    if keys[k] != c { return false }
                    k += 1
                }
                return true
            }
        }

        /// The id of the key with this hash and length that `matches` accepts (given the
        /// index of its first code unit in `keys`), or nil: the open-addressing probe every
        /// lookup shares, whatever text it compares.
        @inline(__always)
        func id(hash: UInt32, length: Int, where matches: (Int) -> Bool) -> Int32? {
            guard !slots.isEmpty else { return nil }
            let size = slots.count
            let indexMask: UInt32 = (1 &<< indexBits) &- 1
            let tag = hash &<< indexBits
            var slot = WordTable.slot(of: hash, size: size)
            while true {
                let value = slots[slot]
                if value == 0 { return nil }
                if value & ~indexMask == tag {
                    let entry = Int(truncatingIfNeeded: value & indexMask) - 1
                    let start = Int(starts[entry])
                    if Int(starts[entry + 1]) - start == length, matches(start) {
                        return ids.isEmpty ? Int32(truncatingIfNeeded: entry) : ids[entry]
                    }
                }
                slot = slot + 1 == size ? 0 : slot + 1
            }
        }

        private func matches(_ start: Int, _ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
            var k = start
            for i in range {
                if keys[k] != text[i] { return false }
                k += 1
            }
            return true
        }
    }
}
