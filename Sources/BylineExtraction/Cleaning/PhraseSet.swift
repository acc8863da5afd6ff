/// Fixed lowercase ASCII phrases searched for in one pass over a text's bytes, ASCII letters
/// compared without case: the legal-notice test runs on every paragraph that ends a story,
/// and one pass with a table of phrase-starting byte pairs beats a lowercased copy searched
/// once per phrase.
struct PhraseSet: Sendable {
    /// A notice if one of these occurs...
    let strong: [[UInt8]]
    /// ...or two different ones of these.
    let weak: [[UInt8]]
    /// Which phrases can start with a byte: indexes into `strong` (0...) then `weak`.
    let starts: [[Int]]
    /// Whether any phrase starts with a pair of (lowercased) bytes, one bit per pair: most
    /// bytes of a paragraph are passed over on this table alone (a one-byte table let a
    /// third of a paragraph's bytes through, since phrases start with common letters).
    let pairStarts: [UInt64]

    init(strong: [String], weak: [String]) {
        self.strong = strong.map { Array($0.utf8) }
        self.weak = weak.map { Array($0.utf8) }
        var starts = [[Int]](repeating: [], count: 256)
        for (index, phrase) in (self.strong + self.weak).enumerated() {
            if let first = phrase.first { starts[Int(first)].append(index) }
        }
        self.starts = starts
        var pairs = [UInt64](repeating: 0, count: 65536 / 64)
        for phrase in self.strong + self.weak {
            // A one-byte phrase would need every pair starting with its byte; none is that short.
            precondition(phrase.count >= 2, "phrases have at least two bytes")
            let pair = Int(phrase[0]) << 8 | Int(phrase[1])
            pairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.pairStarts = pairs
    }

    func isLegal(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2 else { return false }
        return pairStarts.withUnsafeBufferPointer { pairStarts in
            var weakFound: UInt64 = 0
            var next = Self.lowercased(bytes[0])
            for index in 0..<(bytes.count - 1) {
                let lower = next
                next = Self.lowercased(bytes[index + 1])
                let pair = Int(lower) << 8 | Int(next)
                guard pairStarts[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                for candidate in starts[Int(lower)] {
                    let isStrong = candidate < strong.count
                    let phrase = isStrong ? strong[candidate] : weak[candidate - strong.count]
                    guard matches(phrase, at: index, in: bytes) else { continue }
                    if isStrong { return true }
                    weakFound |= 1 << UInt64(candidate - strong.count)
                    if weakFound.nonzeroBitCount >= 2 { return true }
                }
            }
            return false
        }
    }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    func matches(_ phrase: [UInt8], at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count - index >= phrase.count else { return false }
        for offset in 1..<phrase.count {
            let byte = bytes[index + offset]
            let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            guard lower == phrase[offset] else { return false }
        }
        return true
    }
}
