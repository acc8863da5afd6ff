/// Places in an article's text given in UTF-16 code units (the API's offsets), found in its
/// UTF-8 (where search tokens are read) and in its stored, JSON-escaped text (where a quote's
/// words are copied from when it is served). Worked out while the article is prepared, in
/// parallel, instead of by a walk over every stored text in a serial stage of the load.
struct TextPlaces {
    /// Where each escaped byte of the text leaves the escaped text: after escape `i`, the
    /// source's next byte `escapes[i].source` sits at `escapes[i].output`. Ascending. One
    /// list, sized for a typical article's quote marks and line breaks at once.
    private var escapes: [(source: Int, output: Int)] = []

    init() {
        escapes.reserveCapacity(64)
    }

    /// Records one escape (see `JSONWriter.escape(_:into:_:)`).
    mutating func escaped(next source: Int, at output: Int) {
        escapes.append((source, output))
    }

    /// UTF-8 offsets of `offsets` (UTF-16 offsets into `utf16`, each at a scalar boundary and
    /// at most its count), in one walk up to the furthest.
    static func utf8Offsets(of offsets: [Int], in utf16: [UInt16], isASCII: Bool) -> [Int] {
        guard !isASCII else { return offsets }
        var result = [Int](repeating: 0, count: offsets.count)
        utf16.withUnsafeBufferPointer { utf16 in
            guard let base = utf16.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var unit = 0
            var byte = 0
            // Quote edges come in order nearly always: sorted only when they do not.
            let inOrder = zip(offsets, offsets.dropFirst()).allSatisfy { $0 <= $1 }
            let order = inOrder ? nil : offsets.indices.sorted { offsets[$0] < offsets[$1] }
            for position in offsets.indices {
                let index = order?[position] ?? position
                let target = min(offsets[index], utf16.count)
                while unit < target {
                    // Eight, then four, ASCII units at a time (news text is nearly all ASCII).
                    if unit + 8 <= target,
                        (raw.loadUnaligned(fromByteOffset: unit * 2, as: UInt64.self)
                            | raw.loadUnaligned(fromByteOffset: unit * 2 + 8, as: UInt64.self))
                            & 0xFF80_FF80_FF80_FF80 == 0
                    {
                        byte += 8
                        unit += 8
                        continue
                    }
                    if unit + 4 <= target,
                        raw.loadUnaligned(fromByteOffset: unit * 2, as: UInt64.self) & 0xFF80_FF80_FF80_FF80 == 0
                    {
                        byte += 4
                        unit += 4
                        continue
                    }
                    let code = utf16[unit]
                    if code < 0x80 {
                        byte += 1
                    } else if code < 0x800 {
                        byte += 2
                    } else if UTF16.isLeadSurrogate(code) {
                        byte += 4
                        unit += 1  // its trail: a scalar outside the BMP is 4 bytes for 2 units
                    } else {
                        byte += 3
                    }
                    unit += 1
                }
                result[index] = byte
            }
        }
        return result
    }

    /// Where the text's UTF-8 offsets `offsets` fall in its escaped form: an escape only ever
    /// replaces one byte, so an offset moves by what the escapes before it added.
    func escapedOffsets(of offsets: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(offsets.count)
        // The escapes before each offset, counted on from the last offset's while offsets
        // ascend (quote edges nearly always do), searched again when one does not.
        var passed = 0
        for offset in offsets {
            if passed > 0, escapes[passed - 1].source > offset { passed = Self.escapesBefore(offset, in: escapes) }
            while passed < escapes.count, escapes[passed].source <= offset { passed += 1 }
            result.append(passed == 0 ? offset : escapes[passed - 1].output + (offset - escapes[passed - 1].source))
        }
        return result
    }

    /// How many escapes have their next byte at or before `offset` (a binary search).
    private static func escapesBefore(_ offset: Int, in escapes: [(source: Int, output: Int)]) -> Int {
        var low = 0
        var high = escapes.count
        while low < high {
            let middle = (low + high) / 2
            if escapes[middle].source <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
