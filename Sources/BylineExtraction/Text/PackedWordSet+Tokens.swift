/// Packing a token's UTF-16 units once, for many tests: `AttributionContext` keeps every
/// token's `packedKey`, and the rules test it against their lists (`contains(packed:)`) and
/// look at its letters (`packed(_:has:)`, `packed(_:endsWith:_:)`) without the units.
extension PackedWordSet {
    /// The key `contains(_:_:folding:)` packs for `units[range]`: one to eight ASCII code
    /// units (lowered first when `folding`), or 0 for any other text (empty, longer, or with
    /// a unit beyond ASCII), which only the full test can answer.
    @inline(__always)
    static func packedKey(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, folding: Bool) -> UInt64 {
        let count = range.count
        guard count >= 1, count <= 8 else { return 0 }
        var bits: UInt16 = 0
        for i in range { bits |= units[i] }
        guard bits < 0x80 else { return 0 }
        return pack(units, range, folding: folding)
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
}
