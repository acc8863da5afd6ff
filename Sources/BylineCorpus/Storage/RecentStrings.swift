/// The strings a `StringInterner` met lately, by the sixteen bytes a `String` value is made of,
/// each with the index it was given: a load interns "said", "he" and the names of its people
/// tens of thousands of times, and a string met again is answered here without reading its
/// bytes, hashing them and comparing them with the table's (about 400 instructions a string).
///
/// Two `String` values with the same sixteen bytes are the same string: a small string (up to
/// 15 bytes of UTF-8) holds its bytes and count in them, and a large one its count, flags and
/// the address of its storage. That storage cannot be freed and its address given to another
/// string while the string is kept here (`kept` holds a reference to each), and storage
/// shared by two `String` values is never changed in place. The converse does not hold (equal
/// strings can differ in their bytes), which only makes a look-up miss.
///
/// Direct-mapped: one entry per slot, the later string taking the slot.
struct RecentStrings {
    private static let slotBits = 8
    private static let slotCount = 1 << slotBits

    private var bits = [(UInt64, UInt64)](repeating: (0, 0), count: slotCount)
    /// 1 + the index the string in the slot was given; 0 when the slot is empty.
    private var indexes = [Int32](repeating: 0, count: slotCount)
    /// The strings themselves, kept alive (see above); read by no look-up.
    private var kept = [String](repeating: "", count: slotCount)

    /// The index `string` was given when it was last remembered in its slot, if it was.
    @inline(__always)
    func index(of string: String) -> Int32? {
        let raw = Self.raw(string)
        let slot = Self.slot(raw)
        guard indexes[slot] != 0, bits[slot] == raw else { return nil }
        return indexes[slot] - 1
    }

    /// Remembers that `string` was given `index` (the slot's string before it is forgotten).
    mutating func remember(_ string: String, index: Int32) {
        let raw = Self.raw(string)
        let slot = Self.slot(raw)
        bits[slot] = raw
        indexes[slot] = index + 1
        kept[slot] = string
    }

    /// The sixteen bytes of the `String` value (not of its text).
    @inline(__always)
    private static func raw(_ string: String) -> (UInt64, UInt64) {
        unsafeBitCast(string, to: (UInt64, UInt64).self)
    }

    @inline(__always)
    private static func slot(_ raw: (UInt64, UInt64)) -> Int {
        let mixed = (raw.0 &* 0x9E37_79B9_7F4A_7C15) ^ (raw.1 &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: (mixed ^ (mixed &>> 31)) &>> UInt64(64 - slotBits))
    }
}
