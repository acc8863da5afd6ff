/// A fixed set of short ASCII words (the cleaner's and metadata readers' word lists), looked
/// up from UTF-8 bytes without making a `String`: a word of up to 15 bytes is packed with its
/// length into two integers and found by binary search in a sorted table.
///
/// The answer is `Set<String>.contains` of the word's ASCII-lowercased string: an ASCII string
/// equals only the identical ASCII string (canonical equivalence maps no other text to pure
/// ASCII), so equal packed bytes and equal strings are the same thing. Listed words that are
/// not ASCII or longer than 15 bytes are left out of the table; callers keep their `Set` for
/// words that are not ASCII, and `maxLength` says how long a listed word can be.
struct PackedWordSet: Sendable {
    struct Key: Comparable, Sendable {
        var high: UInt64
        var low: UInt64

        static func < (lhs: Key, rhs: Key) -> Bool {
            lhs.high != rhs.high ? lhs.high < rhs.high : lhs.low < rhs.low
        }
    }

    private let keys: [Key]
    /// The longest word in the table, in bytes.
    let maxLength: Int

    init(_ words: some Sequence<String>) {
        var keys: [Key] = []
        var longest = 0
        for word in words {
            let bytes = Array(word.utf8)
            guard !bytes.isEmpty, bytes.count <= 15, bytes.allSatisfy({ $0 < 0x80 }) else { continue }
            keys.append(bytes.withUnsafeBufferPointer { Self.key($0, 0..<$0.count, lowercasing: false) })
            longest = max(longest, bytes.count)
        }
        self.keys = keys.sorted()
        self.maxLength = longest
    }

    /// Whether the ASCII word `bytes[range]`, its letters lowercased, is in the set. Every
    /// byte of the range must be below 0x80 (the caller checks).
    @inline(__always)
    func containsLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= maxLength else { return false }
        return contains(Self.key(bytes, range, lowercasing: true))
    }

    /// Whether the ASCII word `bytes[range]`, as it is, is in the set.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= maxLength else { return false }
        return contains(Self.key(bytes, range, lowercasing: false))
    }

    private func contains(_ key: Key) -> Bool {
        var low = 0
        var high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && keys[low] == key
    }

    /// The bytes of `range` (at most 15) packed little-endian, the first eight in `low`, and
    /// the length in the top byte of `high` (so a word with a NUL byte is not its prefix).
    @inline(__always)
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercasing: Bool) -> Key {
        var key = Key(high: UInt64(range.count) << 56, low: 0)
        var shift: UInt64 = 0
        for index in range {
            var byte = bytes[index]
            if lowercasing, byte &- 0x41 < 26 { byte |= 0x20 }
            if shift < 64 {
                key.low |= UInt64(byte) << shift
            } else {
                key.high |= UInt64(byte) << (shift - 64)
            }
            shift += 8
        }
        return key
    }
}
