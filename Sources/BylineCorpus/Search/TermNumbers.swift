/// Numbers terms (`TermHash`es) in the order first seen: the index build looks up every
/// posting of a load here, several million times. Open addressing over two flat buffers with
/// a multiplicative hash, where a `Dictionary` hashed each key with SipHash (seeding and
/// finalizing a `Hasher` per lookup) and held it in a generic table.
///
/// The slots are buffers this value owns (noncopyable, freed when it goes), not arrays: an
/// array in a value captured by the index build's closures was checked for uniqueness and
/// bounds, and reloaded, at every lookup (about 30 instructions a posting).
struct TermNumbers: ~Copyable {
    /// `numbers[slot]` is 1 + the term's number, 0 when the slot is empty.
    private var keys: UnsafeMutableBufferPointer<UInt64>
    private var numbers: UnsafeMutableBufferPointer<Int32>
    /// Every term, by number.
    private(set) var terms: [UInt64] = []
    private var shift: UInt64

    init(expected: Int = 1024) {
        var size = 64
        while size < expected * 2 { size <<= 1 }
        keys = .allocate(capacity: size)
        keys.initialize(repeating: 0)
        numbers = .allocate(capacity: size)
        numbers.initialize(repeating: 0)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    deinit {
        keys.deallocate()
        numbers.deallocate()
    }

    var count: Int { terms.count }

    /// The term's number, numbering it next if it is new.
    @inline(__always)
    mutating func number(of term: UInt64) -> Int32 {
        // The table is at most half full between calls (grown after a new term, not tested
        // before every lookup: most lookups find a term numbered already), so a probe ends;
        // a slot is below the size by the mask and the shift.
        let mask = keys.count &- 1
        var slot = Self.home(of: term, shift: shift)
        while true {
            let number = numbers[slot]
            if number == 0 {
                keys[slot] = term
                terms.append(term)
                numbers[slot] = Int32(terms.count)
                if terms.count * 2 > keys.count { grow() }
                return Int32(terms.count - 1)
            }
            if keys[slot] == term { return number &- 1 }  // numbers are from 1
            slot = (slot &+ 1) & mask
        }
    }

    /// Numbers every term of `terms` in turn, writing their numbers at `numbered` (room for
    /// `terms.count`). The same numbers as `number(of:)` one at a time, with the table's
    /// buffers held in locals between new terms: called per term from the index build's
    /// closures, the loop reloaded them and its counters from memory at every posting (26
    /// instructions a posting).
    mutating func number(_ terms: UnsafeBufferPointer<UInt64>, into numbered: UnsafeMutablePointer<Int32>) {
        var keys = self.keys
        var numbers = self.numbers
        var shift = self.shift
        var mask = keys.count &- 1
        for index in terms.indices {
            let term = terms[index]
            var slot = Self.home(of: term, shift: shift)
            while true {
                let number = numbers[slot]
                if number == 0 {
                    numbered[index] = self.number(of: term)  // new: numbered (and grown) as one at a time
                    (keys, numbers, shift) = (self.keys, self.numbers, self.shift)
                    mask = keys.count &- 1
                    break
                }
                if keys[slot] == term {
                    numbered[index] = number &- 1  // numbers are from 1
                    break
                }
                slot = (slot &+ 1) & mask
            }
        }
    }

    /// The slot a term's probe starts at: the top bits of a multiplicative hash (`shift` is
    /// 64 less the table's bits, at most 58: the table has 64 slots or more).
    @inline(__always)
    private static func home(of term: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (term &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// Doubles the table (at most half full, probes stay short).
    private mutating func grow() {
        let size = keys.count * 2
        keys.deallocate()
        numbers.deallocate()
        keys = .allocate(capacity: size)
        keys.initialize(repeating: 0)
        numbers = .allocate(capacity: size)
        numbers.initialize(repeating: 0)
        shift = UInt64(64 - size.trailingZeroBitCount)
        let mask = size - 1
        for (index, term) in terms.enumerated() {
            var slot = Self.home(of: term, shift: shift)
            while numbers[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = term
            numbers[slot] = Int32(index + 1)
        }
    }
}
