/// Distinct ids by position, and position by id, from one `StringTable` and one array of
/// slots (open addressing, linear probing): no String object and no dictionary entry per id,
/// so ten thousand article ids cost two allocations instead of ten thousand.
struct IdTable: Sendable, RandomAccessCollection {
    let names: StringTable
    /// Power-of-two many; each holds a position or -1.
    let slots: [Int32]

    /// `ids` must be distinct; a repeated id is found at its first position.
    init(_ ids: [String]) {
        var names = StringTable()
        for id in ids { _ = names.append(id) }
        names.shrink()
        var capacity = 16
        while capacity < ids.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for position in ids.indices {
            var slot = Int(truncatingIfNeeded: names.fnv(Int32(position))) & mask
            while slots[slot] >= 0 {
                if names.equals(slots[slot], ids[position].utf8) { break }
                slot = (slot + 1) & mask
            }
            if slots[slot] < 0 { slots[slot] = Int32(position) }
        }
        self.names = names
        self.slots = slots
    }

    var startIndex: Int { 0 }
    var endIndex: Int { names.count }

    subscript(position: Int) -> String { names[Int32(position)] }

    /// The position of `id`, or nil.
    subscript(id: String) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: TermHash.of(id)) & mask
        while slots[slot] >= 0 {
            if names.equals(slots[slot], id.utf8) { return Int(slots[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
