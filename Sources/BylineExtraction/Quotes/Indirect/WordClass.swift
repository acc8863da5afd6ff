import Foundation

/// A fixed list of lower-case words (`that`, `is`/`are`/`was`/`were`), tested against a
/// token's code units in place. `AttributionContext.isWord(_:in:)` with a `Set<String>` seeds
/// a `Hasher` and runs SipHash over the word on every test, several hundred instructions;
/// the readers and rules test a few words around every cue. Here a word of up to eight
/// letters is packed into one integer (lower-cased on the fly) and looked up in a small
/// open-addressed table of integers; a longer one takes an FNV hash and a `WordTable` probe.
///
/// Same answers as `words.contains(word)`. An ASCII word equals a key exactly when its bytes
/// are the key's composed (NFC) form, so keys go in by that form when it is ASCII (a key
/// like the Kelvin sign, canonically `K`, goes in as `K`). A word with other code units gets
/// no answer here and the caller asks the `Set`: only the set knows which non-ASCII texts are
/// canonically equal.
///
/// The lexicon's lists are declared as plain literals of this type
/// (`static let stops: WordClass = ["that", ...]`).
struct WordClass: Sendable, ExpressibleByArrayLiteral {
    let words: Set<String>
    /// Keys of one to eight bytes, packed little-endian (`pack`), in an open-addressed table
    /// (0: empty; a packed ASCII key is never 0).
    private let short: [UInt64]
    private let shortShift: UInt64
    /// Longer keys by their bytes (each ASCII byte is its own UTF-16 code unit there).
    private let long: WordTable
    private let hasLong: Bool
    /// Bit `n` is set when some key is `n` bytes long (bit 63: 63 or more).
    private let lengths: UInt64
    /// The empty word is a key (it packs to nothing).
    private let hasEmpty: Bool
    /// Every key is ASCII once composed (NFC): then a text that cannot equal any ASCII word
    /// (`AttributionContext.mayEqualASCII`) is in no class, without asking the `Set`.
    let keysAreASCII: Bool

    init(arrayLiteral elements: String...) {
        self.init(Set(elements))
    }

    init(_ words: Set<String>) {
        self.words = words
        // Sorted: the tables' layout does not depend on the set's iteration order.
        var ascii: [String] = []
        var keysAreASCII = true
        for word in words.sorted() {
            if Self.isASCII(word) {
                ascii.append(word)
            } else {
                let composed = word.precomposedStringWithCanonicalMapping
                if Self.isASCII(composed) { ascii.append(composed) } else { keysAreASCII = false }
            }
        }
        self.keysAreASCII = keysAreASCII
        ascii = Array(Set(ascii)).sorted()
        var lengths: UInt64 = 0
        var hasEmpty = false
        var shortKeys: [UInt64] = []
        var longKeys: [String] = []
        for word in ascii {
            let count = word.utf8.count
            lengths |= 1 << UInt64(min(count, 63))
            if count == 0 {
                hasEmpty = true
            } else if count <= 8 {
                shortKeys.append(Self.pack(Array(word.utf8).map(UInt16.init), 0..<count, folding: false))
            } else {
                longKeys.append(word)
            }
        }
        var size = 8
        while size < shortKeys.count * 4 { size <<= 1 }
        let shift = UInt64(64 - size.trailingZeroBitCount)
        var table = [UInt64](repeating: 0, count: size)
        for key in shortKeys {
            var slot = Self.slot(key, shift)
            while table[slot] != 0 { slot = (slot + 1) & (size - 1) }
            table[slot] = key
        }
        short = table
        shortShift = shift
        long = WordTable(longKeys.enumerated().map { (key: $0.element, id: Int32($0.offset)) })
        hasLong = !longKeys.isEmpty
        self.lengths = lengths
        self.hasEmpty = hasEmpty
    }

    private static func isASCII(_ word: String) -> Bool { word.utf8.allSatisfy { $0 < 0x80 } }

    /// ASCII upper-case letters lowered, as `ASCIICase.lowercased` does.
    @inline(__always)
    private static func fold(_ unit: UInt16, _ folding: Bool) -> UInt16 {
        folding && unit &- 0x41 < 26 ? unit | 0x20 : unit
    }

    /// One to eight ASCII code units, one byte each, the first in the lowest byte, with the
    /// top bit of the last byte set: keys of different lengths never pack alike (not even
    /// with NUL bytes), and no key packs to 0, the empty slot.
    @inline(__always)
    static func pack(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, folding: Bool) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        for i in range {
            value |= UInt64(fold(units[i], folding)) << shift
            shift += 8
        }
        return value | 0x80 << (shift &- 8)
    }

    private static func pack(_ units: [UInt16], _ range: Range<Int>, folding: Bool) -> UInt64 {
        units.withUnsafeBufferPointer { pack($0, range, folding: folding) }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Whether `units[range]` (lowered first when `folding`) spell one of the words; nil
    /// when the units are not ASCII, and the answer must come from the `Set`.
    @inline(__always)
    func contains(units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, folding: Bool) -> Bool? {
        var bits: UInt16 = 0
        for i in range { bits |= units[i] }
        guard bits < 0x80 else { return nil }
        let count = range.count
        guard lengths & (1 << UInt64(min(count, 63))) != 0 else { return false }
        if count == 0 { return hasEmpty }
        if count <= 8 {
            let key = Self.pack(units, range, folding: folding)
            return containsShort(key)
        }
        guard hasLong else { return false }
        var hasher = WordTable.FNVHasher()
        for i in range { hasher.combine(Self.fold(units[i], folding)) }
        return long.withReader { reader in
            reader.id(hash: hasher.value, length: count) { start in
                var k = start
                for i in range {
                    if reader.keys[k] != Self.fold(units[i], folding) { return false }
                    k += 1
                }
                return true
            } != nil
        }
    }

    /// The key `contains(units:_:folding:)` packs for `units[range]`: one to eight ASCII code
    /// units (lowered first when `folding`), or 0 for any other text (empty, longer, or with
    /// a unit beyond ASCII), which only the full test can answer. `AttributionContext` packs
    /// every token once, so a rule's many tests of one token skip the packing.
    @inline(__always)
    static func packedKey(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, folding: Bool) -> UInt64 {
        let count = range.count
        guard count >= 1, count <= 8 else { return 0 }
        var bits: UInt16 = 0
        for i in range { bits |= units[i] }
        guard bits < 0x80 else { return 0 }
        return pack(units, range, folding: folding)
    }

    /// Whether the word packed in the nonzero `key` has the ASCII unit `unit`.
    @inline(__always)
    static func packed(_ key: UInt64, has unit: UInt8) -> Bool {
        var rest = key
        while rest != 0 {
            if UInt8(truncatingIfNeeded: rest) & 0x7F == unit { return true }
            rest >>= 8
        }
        return false
    }

    /// Whether the word packed in the nonzero `key` ends with the two ASCII units
    /// `first`, `second` (`hasSuffix` for such a word: one character per unit).
    @inline(__always)
    static func packed(_ key: UInt64, endsWith first: UInt8, _ second: UInt8) -> Bool {
        let count = (64 - key.leadingZeroBitCount) >> 3
        guard count >= 2 else { return false }
        let shift = UInt64(count - 2) * 8
        return UInt8(truncatingIfNeeded: key >> shift) == first && UInt8(truncatingIfNeeded: key >> (shift + 8)) & 0x7F == second
    }

    /// `packedKey(units, start..<(start + count), folding:)` for a count of one to eight (0
    /// when a unit is not ASCII), from two 8-byte loads instead of a loop over the units:
    /// the units are narrowed to bytes and upper-case letters lowered all at once. Reads the
    /// eight units from `start` (the caller checks they are in the buffer); those past
    /// `count` are masked off.
    @inline(__always)
    static func packedKey(_ base: UnsafePointer<UInt16>, _ start: Int, count: Int, folding: Bool) -> UInt64 {
        let raw = UnsafeRawPointer(base + start)
        let low = raw.loadUnaligned(as: UInt64.self)
        let high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        // Masks by masking shifts (no overshift checks): 16 bits a unit, 1 to 4 units a word.
        let lowBits = UInt64(truncatingIfNeeded: min(count, 4) &* 16)
        let highBits = UInt64(truncatingIfNeeded: max(count &- 4, 0) &* 16)
        let a = low & (~0 &>> (64 &- lowBits))
        let b = highBits == 0 ? 0 : high & (~0 &>> (64 &- highBits))
        guard (a | b) & 0xFF80_FF80_FF80_FF80 == 0 else { return 0 }
        var key = narrow(a) | narrow(b) << 32
        if folding {
            // A byte below 0x80 reaches 0x80 by adding 0x3F when it is at least `A`, and by
            // adding 0x25 when it is past `Z` (no carry leaves a byte).
            let upper = (key &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(key &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
            key |= upper >> 2
        }
        return key | 0x80 &<< UInt64(truncatingIfNeeded: (count &- 1) &* 8)
    }

    /// Four 16-bit lanes, each below 0x100, as four bytes in the same order.
    @inline(__always)
    private static func narrow(_ lanes: UInt64) -> UInt64 {
        var x = lanes & 0x00FF_00FF_00FF_00FF
        x = (x | x >> 8) & 0x0000_FFFF_0000_FFFF
        return (x | x >> 16) & 0x0000_0000_FFFF_FFFF
    }

    /// `contains(units:_:folding:)` for a word whose nonzero `packedKey` is `key`.
    @inline(__always)
    func contains(packed key: UInt64) -> Bool {
        // The top bit of the last byte marks the length: a word of n units has its highest
        // set bit at 8n - 1.
        let count = (64 - key.leadingZeroBitCount) >> 3
        guard lengths & (1 << UInt64(count)) != 0 else { return false }
        return containsShort(key)
    }

    /// Whether the packed key of a word of up to eight letters is in the short table (linear
    /// probing; an empty slot ends the run).
    private func containsShort(_ key: UInt64) -> Bool {
        short.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var slot = Self.slot(key, shortShift)
            while true {
                let value = table[slot]
                if value == key { return true }
                if value == 0 { return false }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether `bytes` (lowered first when `folding`) spell one of the words; nil when the
    /// bytes are not ASCII, and the answer must come from the `Set`. The same steps as
    /// `contains(units:_:folding:)`, over bytes.
    func contains(utf8 bytes: UnsafeBufferPointer<UInt8>, folding: Bool) -> Bool? {
        var bits: UInt8 = 0
        for byte in bytes { bits |= byte }
        guard bits < 0x80 else { return nil }
        let count = bytes.count
        guard lengths & (1 << UInt64(min(count, 63))) != 0 else { return false }
        if count == 0 { return hasEmpty }
        if count <= 8 {
            var key: UInt64 = 0
            var shift: UInt64 = 0
            for byte in bytes {
                key |= UInt64(Self.fold(UInt16(byte), folding)) << shift
                shift += 8
            }
            key |= 0x80 << (shift &- 8)
            return containsShort(key)
        }
        guard hasLong else { return false }
        var hasher = WordTable.FNVHasher()
        for byte in bytes { hasher.combine(Self.fold(UInt16(byte), folding)) }
        return long.withReader { reader in
            reader.id(hash: hasher.value, length: count) { start in
                var k = start
                for byte in bytes {
                    if reader.keys[k] != Self.fold(UInt16(byte), folding) { return false }
                    k += 1
                }
                return true
            } != nil
        }
    }

    /// `words.contains(word)`, by the bytes when they allow it.
    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { contains(utf8: $0, folding: false) } ?? words.contains(word)
    }
}
