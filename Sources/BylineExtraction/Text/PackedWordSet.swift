/// A fixed set of short ASCII words, looked up from a text's code units (UTF-8 bytes or
/// UTF-16 units) without making a `String`: a word of up to 16 units is packed into one
/// integer (up to eight) or two, and found in a small open-addressed table of them.
///
/// The answer is `Set<String>.contains` of the word (lowered first when asked): an ASCII
/// string equals only the identical ASCII string (canonical equivalence maps no other text to
/// pure ASCII), so equal packed units and equal strings are the same thing. Listed words that
/// are not ASCII, empty or longer than 16 units are left out of the table; callers keep their
/// `Set` for those (`WordClass` does), and `maxLength` says how long a listed word can be.
///
/// One packing serves every caller: the cleaner's and metadata readers' word lists test
/// UTF-8 bytes, the quote readers' `WordClass` lists test UTF-16 units, and
/// `AttributionContext` packs each token once (`packedKey`) so that a rule's many tests of one
/// token are one probe each (`contains(packed:)`).
struct PackedWordSet: Sendable {
    /// A packed word: one to eight units in `low` with `high` 0, or nine to sixteen with the
    /// first eight in `low` and the rest in `high`. The last unit's byte has its top bit set
    /// (an ASCII unit leaves it free): words of different lengths never pack alike, not even
    /// with NUL bytes, and no word packs to (0, 0), the empty slot.
    struct Key: Hashable, PackedTableKey {
        var low: UInt64
        var high: UInt64

        static var empty: Key { Key(low: 0, high: 0) }

        @inline(__always)
        func slot(_ shift: UInt64) -> Int {
            Int(truncatingIfNeeded: ((low ^ high &* 0xC2B2_AE3D_27D4_EB4F) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        }
    }

    /// Words of one to eight units by their packed `low`.
    private let short: PackedKeyTable<UInt64>
    /// Words of nine to sixteen units.
    private let long: PackedKeyTable<Key>
    /// Bit `n` is set when some listed word is `n` units long (`n` from 1 to 16).
    private let lengths: UInt64
    /// The longest word in the table, in units (0 when it is empty).
    let maxLength: Int

    /// The longest word the table can hold.
    static let capacity = 16

    init(_ words: some Sequence<String>) {
        // Sorted and unique: the tables' layout does not depend on the sequence's order.
        var shortKeys: Set<UInt64> = []
        var longKeys: Set<Key> = []
        var lengths: UInt64 = 0
        var longest = 0
        for word in words {
            let bytes = Array(word.utf8)
            guard !bytes.isEmpty, bytes.count <= Self.capacity, bytes.allSatisfy({ $0 < 0x80 }) else { continue }
            let key = bytes.withUnsafeBufferPointer { Self.key($0, 0..<$0.count, folding: false) }
            if bytes.count <= 8 { shortKeys.insert(key.low) } else { longKeys.insert(key) }
            lengths |= 1 << UInt64(bytes.count)
            longest = max(longest, bytes.count)
        }
        short = PackedKeyTable(shortKeys.sorted())
        long = PackedKeyTable(longKeys.sorted { ($0.high, $0.low) < ($1.high, $1.low) })
        self.lengths = lengths
        self.maxLength = longest
    }

    /// ASCII upper-case letters lowered, as `ASCIICase.lowercased` does.
    @inline(__always)
    static func fold<Unit: FixedWidthInteger & UnsignedInteger>(_ unit: Unit, _ folding: Bool) -> UInt64 {
        let value = UInt64(truncatingIfNeeded: unit)
        return folding && value &- 0x41 < 26 ? value | 0x20 : value
    }

    /// One to eight ASCII units (lowered first when `folding`) packed as `Key.low` packs them.
    @inline(__always)
    static func pack<Unit: FixedWidthInteger & UnsignedInteger>(
        _ units: UnsafeBufferPointer<Unit>, _ range: Range<Int>, folding: Bool
    ) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        for i in range {
            value |= fold(units[i], folding) << shift
            shift += 8
        }
        return value | 0x80 << (shift &- 8)
    }

    /// One to sixteen ASCII units (lowered first when `folding`) as a `Key`.
    @inline(__always)
    static func key<Unit: FixedWidthInteger & UnsignedInteger>(
        _ units: UnsafeBufferPointer<Unit>, _ range: Range<Int>, folding: Bool
    ) -> Key {
        guard range.count > 8 else { return Key(low: pack(units, range, folding: folding), high: 0) }
        var low: UInt64 = 0
        var shift: UInt64 = 0
        for i in range.lowerBound..<(range.lowerBound + 8) {
            low |= fold(units[i], folding) << shift
            shift += 8
        }
        return Key(low: low, high: pack(units, (range.lowerBound + 8)..<range.upperBound, folding: folding))
    }

    /// Whether the word `units[range]` (lowered first when `folding`) is in the set. Every
    /// unit of the range must be ASCII (the caller checks).
    @inline(__always)
    func contains<Unit: FixedWidthInteger & UnsignedInteger>(
        _ units: UnsafeBufferPointer<Unit>, _ range: Range<Int>, folding: Bool
    ) -> Bool {
        let count = range.count
        guard count >= 1, count <= Self.capacity, lengths & (1 << UInt64(count)) != 0 else { return false }
        if count <= 8 { return short.contains(Self.pack(units, range, folding: folding)) }
        return long.contains(Self.key(units, range, folding: folding))
    }

    /// Whether the ASCII word `bytes[range]`, its letters lowercased, is in the set. Every
    /// byte of the range must be below 0x80 (the caller checks).
    @inline(__always)
    func containsLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        contains(bytes, range, folding: true)
    }

    /// Whether the ASCII word `bytes[range]`, as it is, is in the set.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        contains(bytes, range, folding: false)
    }

    /// Whether the word of one to eight units whose packed `Key.low` is `key` (nonzero) is
    /// in the set.
    @inline(__always)
    func contains(packed key: UInt64) -> Bool {
        // The top bit of the last byte marks the length: a word of n units has its highest
        // set bit at 8n - 1.
        let count = (64 - key.leadingZeroBitCount) >> 3
        guard lengths & (1 << UInt64(count)) != 0 else { return false }
        return short.contains(key)
    }
}
