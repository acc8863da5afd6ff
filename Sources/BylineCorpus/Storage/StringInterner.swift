/// Builds a `StringTable` holding each distinct string once: a string equal (as Swift compares
/// strings, by canonical equivalence) to one already held gets that one's index.
///
/// A load interns every mention's words and every quote's cue and speaker words, a few hundred
/// thousand strings of which a few thousand are distinct. A `[String: Int32]` hashed each with
/// SipHash after normalising it. Here a string is first looked up by its bytes (FNV-1a, open
/// addressing into `table`): strings with the same bytes are equal. A string not found that
/// way is new when it and every string held are "stable" (see `isStable`): two such strings
/// are equal exactly when their bytes are. Otherwise a dictionary (`indexes`, made when the
/// first other string comes, then holding every distinct string) decides as before; the byte
/// table records its answer, so the indexes are always the dictionary's.
///
/// Stable strings hold only scalars below U+0300 (ASCII, Latin-1 and the Latin Extended
/// letters of European names) and the punctuation of U+2002...U+206F (curly quotes, dashes,
/// ellipses): every one is its own NFC form, has canonical combining class 0 and composes
/// with nothing before it (Unicode's NFC quick check says Yes for each), so a string of them
/// is in NFC, and two strings in NFC are canonically equivalent exactly when their scalars,
/// hence their bytes, are the same. Only ASCII counted before: a curly apostrophe in one
/// speaker's words sent every later new string of a load through the dictionary.
struct StringInterner {
    private(set) var table = StringTable()
    /// Made when the first string that is not stable comes (an ASCII string can equal one: a
    /// Kelvin sign is a K); nil while every string held is stable.
    private var indexes: [String: Int32]?
    /// Strings by their bytes: `slots[i]` is 1 + an index into `table`, 0 when empty.
    private var slots = [Int32](repeating: 0, count: 64)
    private var slotCount = 0
    /// The strings interned lately, answered without a probe.
    private var recent = RecentStrings()

    mutating func intern(_ string: String) -> Int32 {
        if let index = recent.index(of: string) { return index }
        let index = lookUp(string)
        recent.remember(string, index: index)
        return index
    }

    /// Interns `string` and says whether it is new: `index(of:)` and then `intern` in one
    /// look-up (claiming ids, where nearly every one is new, probed the table twice for it).
    mutating func insert(_ string: String) -> (index: Int32, isNew: Bool) {
        let held = table.count
        let index = lookUp(string)
        return (index, table.count > held)
    }

    /// `intern`'s answer for a string not among the recent ones.
    private mutating func lookUp(_ string: String) -> Int32 {
        var string = string
        let found = probe(&string)
        if let index = found.index { return index }
        if found.isStable, indexes == nil {
            let index = table.append(string)  // stable, and only stable strings held: new
            remember(index, slot: found.slot)
            return index
        }
        var indexes = takeIndexes()
        defer { self.indexes = indexes }
        let index: Int32
        if let known = indexes[string] {
            index = known
        } else {
            index = table.append(string)
            indexes[string] = index
        }
        // Only under its own bytes: a string found equal to different bytes keeps asking the
        // dictionary.
        if string.withUTF8({ table.equals(index, $0) }) { remember(index, slot: found.slot) }
        return index
    }

    /// The index of a string equal to `string`, if one is held.
    mutating func index(of string: String) -> Int32? {
        var string = string
        let found = probe(&string)
        if let index = found.index { return index }
        if found.isStable, indexes == nil { return nil }
        let indexes = takeIndexes()
        self.indexes = indexes
        return indexes[string]
    }

    /// The dictionary of every string held, made from the table the first time.
    private mutating func takeIndexes() -> [String: Int32] {
        if let indexes = indexes.take() { return indexes }
        var indexes: [String: Int32] = [:]
        for index in 0..<Int32(table.count) { indexes[table[index]] = index }
        return indexes
    }

    /// The index of the string with exactly these bytes if the byte table has it, the slot
    /// where the probe ended, and whether the string is stable.
    private func probe(_ string: inout String) -> (index: Int32?, slot: Int, isStable: Bool) {
        string.withUTF8 { utf8 in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var stable = true
            for index in utf8.indices {
                let byte = utf8[index]
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                // Continuation bytes are below 0xCC, and so is every lead byte of a scalar
                // below U+0300.
                if byte >= 0xCC, stable { stable = Self.isStablePunctuation(utf8, at: index) }
            }
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let index = slots[slot] - 1
                if table.equals(index, utf8) { return (index, slot, stable) }
                slot = (slot + 1) & mask
            }
            return (nil, slot, stable)
        }
    }

    /// Whether the scalar whose lead byte is at `index` is in U+2002...U+206F (E2 80 82 to
    /// E2 81 AF; U+2000 and U+2001 are not their own NFC forms).
    private static func isStablePunctuation(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard utf8[index] == 0xE2, index + 2 < utf8.count else { return false }
        let (second, third) = (utf8[index + 1], utf8[index + 2])
        return (second == 0x80 && third >= 0x82) || (second == 0x81 && third <= 0xAF)
    }

    /// Records a string's index at its empty slot (growing the table past half full).
    private mutating func remember(_ index: Int32, slot: Int) {
        slots[slot] = index + 1
        slotCount += 1
        guard slotCount * 2 > slots.count else { return }
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
