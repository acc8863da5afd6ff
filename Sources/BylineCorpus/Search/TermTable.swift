/// `TermCounts`' counting over buffers allocated once, sized for the most terms a text can
/// hold: the loop that counts every token of a load writes through pointers, with no array
/// growth, uniqueness or bounds checks per token. `deallocate()` when done.
///
/// Counts are kept as the index keeps them, one saturating byte per term (`TermColumns`'
/// frequencies): a load's weights are whole (a title word counts `titleWeight`, any other
/// word 1), so the byte is what rounding the `Float` sum gave, and a document's terms are
/// appended to its columns by copying, where a conversion per term cost a sixth of the
/// counting. The weighted token count (`length`) is summed by the caller from its token counts
/// (`ArticleTerms.accumulate`), not per token here.
struct TermTable {
    /// At least the most tokens of the text the table was last made ready for.
    private var terms: UnsafeMutableBufferPointer<UInt64>
    private var frequencies: UnsafeMutableBufferPointer<UInt8>
    /// `slots[i]` is 1 + the index in `terms` of the term hashed there, 0 when empty. Sized
    /// for the distinct terms a text usually has (far fewer than its tokens) and doubled when
    /// half full: sized for the most terms a text could hold, it was zeroed (and for a long
    /// article mapped and faulted in) at four bytes per byte of text. A view of the first
    /// slots of `slotStorage`, which a table made ready again for a shorter text keeps.
    private var slots: UnsafeMutableBufferPointer<Int32>
    private var slotStorage: UnsafeMutableBufferPointer<Int32>
    private(set) var count = 0

    /// Room for the tokens of `bytes` bytes of text: a token takes at least one byte and is
    /// followed by at least one other, so there are at most `(bytes + 1) / 2`.
    init(bytes: Int) {
        let capacity = Self.capacity(bytes: bytes)
        let size = Self.slotCount(bytes: bytes)
        terms = .allocate(capacity: capacity)
        frequencies = .allocate(capacity: capacity)
        slotStorage = .allocate(capacity: size)
        slots = slotStorage
        Self.zero(slots)
    }

    /// Empty again, with room for the tokens of `bytes` bytes of text: the buffers are kept
    /// when they are large enough (`TermScratch` keeps one table from article to article, where
    /// each article's two tables were five allocations of a few kilobytes, each freed again).
    /// The slots in use are as many as `init(bytes:)` makes: the same table, in memory in hand.
    mutating func prepare(bytes: Int) {
        let capacity = Self.capacity(bytes: bytes)
        if terms.count < capacity {
            terms.deallocate()
            frequencies.deallocate()
            terms = .allocate(capacity: capacity)
            frequencies = .allocate(capacity: capacity)
        }
        useSlots(Self.slotCount(bytes: bytes))
        count = 0
    }

    func deallocate() {
        terms.deallocate()
        frequencies.deallocate()
        slotStorage.deallocate()
    }

    private static func capacity(bytes: Int) -> Int {
        (max(bytes, 0) + 1) / 2 + 1
    }

    private static func slotCount(bytes: Int) -> Int {
        // News text has about one distinct term per eight bytes; the table grows past that.
        let expected = min(capacity(bytes: bytes), max(bytes, 0) / 8 + 8)
        var size = 16
        while size < expected * 2 { size <<= 1 }
        return size
    }

    /// `size` zeroed slots, in the storage in hand when it holds that many.
    private mutating func useSlots(_ size: Int) {
        if slotStorage.count < size {
            slotStorage.deallocate()
            slotStorage = .allocate(capacity: size)
        }
        slots = UnsafeMutableBufferPointer(rebasing: slotStorage[..<size])
        Self.zero(slots)
    }

    /// Empty again, for another document no larger than the table was made for. Only the
    /// slots in use are cleared when they are few (a short quote in a table sized for the
    /// longest).
    mutating func reset() {
        if count * 8 < slots.count {
            let mask = slots.count - 1
            for index in 0..<count {
                let term = terms[index]
                var slot = Self.home(term, mask: mask)
                while Int(slots[slot]) != index + 1 { slot = (slot + 1) & mask }
                slots[slot] = 0
            }
        } else {
            Self.zero(slots)
        }
        count = 0
    }

    /// Every slot empty, in one `memset` rather than a loop of 4-byte stores (the article's
    /// table is zeroed once per article, the quotes' once per long quote).
    private static func zero(_ slots: UnsafeMutableBufferPointer<Int32>) {
        UnsafeMutableRawBufferPointer(slots).initializeMemory(as: UInt8.self, repeating: 0)
    }

    @inline(__always)
    private static func home(_ term: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: term ^ (term >> 29)) & mask
    }

    /// Counts one occurrence of `term`, weighing `weight` (the count saturates at 255, as a
    /// frequency does).
    @inline(__always)
    mutating func count(_ term: UInt64, weight: UInt8) {
        // Unchecked arithmetic where the bounds are the table's own: `slots.count` is at least
        // 16, `count` below `terms.count` (the precondition): this runs for every token.
        let mask = slots.count &- 1
        var slot = Self.home(term, mask: mask)
        while true {
            let entry = Int(slots[slot])
            if entry == 0 {
                precondition(count < terms.count, "more tokens than bytes allow")
                terms[count] = term
                frequencies[count] = weight
                count &+= 1
                slots[slot] = Int32(truncatingIfNeeded: count)
                if count &* 2 > slots.count { grow() }
                return
            }
            if terms[entry &- 1] == term {
                let (sum, overflow) = frequencies[entry &- 1].addingReportingOverflow(weight)
                frequencies[entry &- 1] = overflow ? .max : sum
                return
            }
            slot = (slot &+ 1) & mask
        }
    }

    /// Doubles the slots and places every term again (the table stays at most half full).
    private mutating func grow() {
        // The terms are placed again from `terms`, not from the old slots: the storage can be
        // reused in place.
        useSlots(slots.count * 2)
        let mask = slots.count - 1
        for index in 0..<count {
            var slot = Self.home(terms[index], mask: mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: index + 1)
        }
    }

    /// Counts every token of `utf8` (whole scalars of valid UTF-8); how many there were.
    @discardableResult
    mutating func add(_ utf8: UnsafeBufferPointer<UInt8>, weight: UInt8) -> Int {
        var tokens = 0
        SearchTokenizer.forEachTerm(in: utf8) { _, term in
            count(term, weight: weight)
            tokens &+= 1  // at most one per byte
        }
        return tokens
    }

    /// Adds what is counted to `columns` as one document (terms in the order first seen) of
    /// `length`.
    func append(to columns: inout TermColumns, length: Float) {
        columns.append(
            terms: UnsafeBufferPointer(rebasing: terms[..<count]),
            frequencies: UnsafeBufferPointer(rebasing: frequencies[..<count]), length: length)
    }
}
