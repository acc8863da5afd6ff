/// A key that an open-addressed `PackedKeyTable` can hold: a packed word, never equal to
/// `empty` (the free slot), with a multiplicative hash whose top bits pick the slot.
protocol PackedTableKey: Equatable, Sendable {
    static var empty: Self { get }
    /// The slot of a table of `1 << (64 - shift)` slots where this key's probe starts.
    func slot(_ shift: UInt64) -> Int
}

extension UInt64: PackedTableKey {
    static var empty: UInt64 { 0 }

    @inline(__always)
    func slot(_ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (self &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}

/// Packed words (`PackedWordSet`'s keys) in an open-addressed table at most a quarter full,
/// with linear probing: the one lookup behind `PackedWordSet` (a set of words) and
/// `SpeechVerbTable` (verb ids by packed word, kept beside the slots).
struct PackedKeyTable<Key: PackedTableKey>: Sendable {
    private let keys: [Key]
    private let shift: UInt64

    /// The table of `keys` (unique, none `Key.empty`), inserted in their order, so that the
    /// layout depends only on that order.
    init(_ keys: [Key]) {
        var size = 8
        while size < keys.count * 4 { size <<= 1 }
        shift = UInt64(64 - size.trailingZeroBitCount)
        var table = [Key](repeating: .empty, count: size)
        for key in keys {
            var index = key.slot(shift)
            while table[index] != .empty { index = (index + 1) & (size - 1) }
            table[index] = key
        }
        self.keys = table
    }

    /// How many slots there are: the bound of `slot(of:)`.
    var slotCount: Int { keys.count }

    /// The slot holding `key`, or nil when it is not in the table; an empty slot ends the run.
    @inline(__always)
    func slot(of key: Key) -> Int? {
        keys.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var slot = key.slot(shift)
            while true {
                let value = table[slot]
                if value == key { return slot }
                if value == .empty { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    func contains(_ key: Key) -> Bool { slot(of: key) != nil }
}
