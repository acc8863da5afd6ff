/// Strings numbered by their exact UTF-8 bytes, in the order first seen: two strings get one
/// number exactly when their bytes are the same (canonically equivalent strings spelled with
/// different bytes get two). For what is a function of a string's bytes (its `EntityKey`),
/// worked out once per distinct string instead of once per occurrence.
///
/// Open addressing over FNV-1a hashes of the bytes, which are kept in one array: a look-up
/// makes no String, hashes no String with SipHash and allocates nothing.
struct ByteStrings {
    /// String `i` is `bytes[ends[i - 1]..<ends[i]]` (from 0 for the first).
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// `slots[s]` is 1 + a string's number, 0 when empty; a power of two, under half full.
    private var slots = [Int32](repeating: 0, count: 64)
    private var hashes: [UInt64] = []

    var count: Int { ends.count }

    /// The number of `string`'s bytes, and whether they are new (numbered by this call).
    mutating func number(of string: String) -> (number: Int, isNew: Bool) {
        var string = string
        return string.withUTF8 { utf8 in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let number = Int(slots[slot] - 1)
                if hashes[number] == hash, holds(number, utf8) { return (number, false) }
                slot = (slot + 1) & mask
            }
            let number = ends.count
            bytes.append(contentsOf: utf8)
            ends.append(bytes.count)
            hashes.append(hash)
            slots[slot] = Int32(number + 1)
            if 2 * ends.count > slots.count { grow() }
            return (number, true)
        }
    }

    /// Whether string `number`'s bytes are `utf8`.
    private func holds(_ number: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = number == 0 ? 0 : ends[number - 1]
        guard ends[number] - start == utf8.count else { return false }
        for offset in 0..<utf8.count where bytes[start + offset] != utf8[offset] { return false }
        return true
    }

    /// Twice the slots, every string placed again by its hash.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: 2 * slots.count)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }
}
