/// A growing hash set of integer sequences that gives each distinct sequence the next small
/// id on first sight: the linker's per-article words (by code units) and names (by word ids).
///
/// Open addressing with linear probing over a power-of-two slot array, at most half full.
/// Keys are FNV-1a hashed in place; the built-in `Dictionary` hashed a `String` key (with
/// Unicode normalisation) on every lookup, and each key was a heap object to retain.
struct SequenceInterner<Element: FixedWidthInteger> {
    /// The sequences' elements, back to back, in id order.
    private var elements: [Element] = []
    /// Each sequence's end in `elements` (it starts where the one before ends) and hash, in
    /// one array: one allocation per article less than two.
    private var entries: [(end: Int, hash: UInt32)] = []
    /// An entry's id + 1, or 0 for an empty slot.
    private var slots: [Int32]

    /// A set with room for about `capacity` sequences before it grows.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        elements.reserveCapacity(capacity * 8)
        entries.reserveCapacity(capacity)
    }

    /// How many distinct sequences have ids (the ids are `0..<count`).
    var count: Int { entries.count }

    /// The id of `key`, given the next id if it is new.
    mutating func intern<C: Collection>(_ key: C) -> (id: Int32, isNew: Bool) where C.Element == Element {
        // The word table's hash (FNV-1a, folded and mixed): its low bits pick the slot.
        var hasher = WordTable.FNVHasher()
        var length = 0
        for element in key {
            hasher.combine(UInt16(truncatingIfNeeded: element))
            if Element.bitWidth > 16 { hasher.combine(UInt16(truncatingIfNeeded: element >> 16)) }
            length += 1
        }
        let hash = hasher.value
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if entries[entry].hash == hash, matches(entry, key, length: length) { return (Int32(entry), false) }
            slot = (slot + 1) & mask
        }
        // Ids stay far below 2^31: a sequence per token at most, and articles are capped in size.
        let entry = entries.count
        // One element at a time: the generic `append(contentsOf:)` cost more than the rest.
        for element in key { elements.append(element) }
        entries.append((elements.count, hash))
        slots[slot] = Int32(entry + 1)
        if entries.count * 2 > slots.count { grow() }
        return (Int32(entry), true)
    }

    private func matches<C: Collection>(_ entry: Int, _ key: C, length: Int) -> Bool where C.Element == Element {
        var k = entry == 0 ? 0 : entries[entry - 1].end
        guard entries[entry].end - k == length else { return false }
        for element in key {
            if elements[k] != element { return false }
            k += 1
        }
        return true
    }

    /// Doubles the slots and puts every entry back by its kept hash.
    private mutating func grow() {
        let size = slots.count * 2
        var grown = [Int32](repeating: 0, count: size)
        let mask = size - 1
        for entry in entries.indices {
            var slot = Int(entries[entry].hash) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = Int32(entry + 1)
        }
        slots = grown
    }
}
