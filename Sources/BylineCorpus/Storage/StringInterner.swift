/// Builds a `StringTable` holding each distinct string once: a string equal (as Swift compares
/// strings, by canonical equivalence) to one already held gets that one's index.
///
/// A load interns every mention's words and every quote's cue and speaker words, a few hundred
/// thousand strings of which a few thousand are distinct. A `[String: Int32]` hashed each with
/// SipHash after normalising it. Here an ASCII string (nearly all of them) is first looked up
/// by its bytes (FNV-1a, open addressing into `table`); only a string not found that way, or
/// one with other characters, goes to the dictionary, which decides equality as before and
/// holds every distinct string. The byte table records the dictionary's answer, so the
/// indexes are the dictionary's alone.
struct StringInterner {
    private(set) var table = StringTable()
    private var indexes: [String: Int32] = [:]
    /// ASCII strings by their bytes: `slots[i]` is 1 + an index into `table`, 0 when empty.
    private var slots = [Int32](repeating: 0, count: 64)
    private var asciiCount = 0

    mutating func intern(_ string: String) -> Int32 {
        var string = string
        let found = string.withUTF8 { utf8 -> (index: Int32?, slot: Int)? in
            guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
            let hash = TermHash.of(utf8)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let index = slots[slot] - 1
                if table.equals(index, utf8) { return (index, slot) }
                slot = (slot + 1) & mask
            }
            return (nil, slot)
        }
        if let found, let index = found.index { return index }
        let index: Int32
        if let known = indexes[string] {
            index = known
        } else {
            index = table.append(string)
            indexes[string] = index
        }
        // Only under its own bytes: a string the dictionary found equal to a different one
        // (a Kelvin sign for a K) keeps asking the dictionary.
        if let found, string.utf8.elementsEqual(table[index].utf8) { remember(index, slot: found.slot) }
        return index
    }

    /// Records an ASCII string's index at its empty slot (growing the table past half full).
    private mutating func remember(_ index: Int32, slot: Int) {
        slots[slot] = index + 1
        asciiCount += 1
        guard asciiCount * 2 > slots.count else { return }
        let old = slots
        slots = [Int32](repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for entry in old where entry != 0 {
            var slot = Int(truncatingIfNeeded: table.fnv(entry - 1)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// The table, with the lookup tables dropped.
    consuming func finish() -> StringTable {
        var table = table
        table.shrink()
        return table
    }
}
