/// Fixed lowercase ASCII phrases searched for in one pass over a text's bytes, ASCII letters
/// compared without case: the legal-notice test runs on every paragraph that ends a story,
/// and one pass with a first-byte table beats a lowercased copy searched once per phrase.
struct PhraseSet: Sendable {
    /// A notice if one of these occurs...
    let strong: [[UInt8]]
    /// ...or two different ones of these.
    let weak: [[UInt8]]
    /// Which phrases can start with a byte: indexes into `strong` (0...) then `weak`.
    let starts: [[Int]]
    /// Whether any phrase starts with a byte: most bytes of a paragraph are passed over
    /// on this flat table alone.
    let isStart: [Bool]

    init(strong: [String], weak: [String]) {
        self.strong = strong.map { Array($0.utf8) }
        self.weak = weak.map { Array($0.utf8) }
        var starts = [[Int]](repeating: [], count: 256)
        for (index, phrase) in (self.strong + self.weak).enumerated() {
            if let first = phrase.first { starts[Int(first)].append(index) }
        }
        self.starts = starts
        self.isStart = starts.map { !$0.isEmpty }
    }

    func isLegal(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var weakFound: UInt64 = 0
        for index in bytes.indices {
            let byte = bytes[index]
            let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            guard isStart[Int(lower)] else { continue }
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
