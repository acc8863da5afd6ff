extension ArticleText {
    /// The same value as `init(paragraphs:)`, built with less work (see the other one).
    init(joining paragraphs: [String]) {
        var wordCount = 0
        self.init(joining: paragraphs, wordCount: &wordCount)
    }

    /// The same value as `init(paragraphs:)`, and in `wordCount` what
    /// `ArticleExtractor.wordCount` would count in its text. One pass over each paragraph's
    /// UTF-8 writes the UTF-16 code units into a buffer sized once (a scalar never takes more
    /// UTF-16 units than UTF-8 bytes) and counts the words on the way: building the units by
    /// appends and counting them in a second scan was about 3.5% of the whole load.
    init(joining paragraphs: [String], wordCount: inout Int) {
        var capacity = paragraphs.isEmpty ? 0 : 2 * (paragraphs.count - 1)
        for paragraph in paragraphs { capacity += paragraph.utf8.count }
        var spans: [TextSpan] = []
        spans.reserveCapacity(paragraphs.count)
        var words = WordCounter()
        // The text's UTF-8, gathered on the same pass: the same string as
        // `joined(separator: "\n\n")` (`joined` on `[String]` ran unspecialised, about 10,000
        // instructions an article, and appending paragraph by paragraph cost about 170 a
        // paragraph). Valid UTF-8 throughout, being whole strings and line feeds, so the
        // string is made from it without a second validation.
        let utf8 = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity)
        defer { utf8.deallocate() }
        var utf8Count = 0
        let units = [UInt16](unsafeUninitializedCapacity: capacity) { out, initialized in
            var written = 0
            for (index, paragraph) in paragraphs.enumerated() {
                if index > 0 {
                    out[written] = 0x0A
                    out[written + 1] = 0x0A
                    written += 2
                    utf8[utf8Count] = 0x0A
                    utf8[utf8Count + 1] = 0x0A
                    utf8Count += 2
                    words.endWord()
                }
                let start = written
                var copy = paragraph  // `withUTF8` needs a variable; a native string is not copied
                copy.withUTF8 { bytes in
                    _ = UnsafeMutableBufferPointer(rebasing: utf8[utf8Count...]).initialize(fromContentsOf: bytes)
                    utf8Count += bytes.count
                    written = Self.widen(bytes, into: out, at: written, counting: &words)
                }
                spans.append(TextSpan(start: start, end: written))
            }
            initialized = written
        }
        wordCount = words.total
        // ASCII exactly when as many units as bytes were written (any other scalar takes
        // fewer UTF-16 units than UTF-8 bytes).
        self.text = UTF8Validation.unchecked(UnsafeBufferPointer(rebasing: utf8[0..<utf8Count]), isASCII: units.count == utf8Count)
        self.utf16 = units
        self.paragraphs = spans
    }

    /// Writes the UTF-16 form of valid UTF-8 `bytes` (a Swift string's) at `start` of `out`;
    /// returns the index after the last unit written.
    @inline(__always)
    private static func widen(
        _ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt16>, at start: Int,
        counting words: inout WordCounter
    ) -> Int {
        var written = start
        var i = 0
        let count = bytes.count
        guard let base = bytes.baseAddress, let outBase = out.baseAddress else { return written }
        while i < count {
            // Eight ASCII bytes at a time: widened and counted as a block.
            if i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    // Widened as one vector (eight zero-extended lanes), stored unaligned.
                    let wide = SIMD8<UInt16>(truncatingIfNeeded: unsafeBitCast(word, to: SIMD8<UInt8>.self))
                    UnsafeMutableRawPointer(outBase + written).storeBytes(of: wide, as: SIMD8<UInt16>.self)
                    words.asciiChunk(word)
                    written &+= 8  // both below the buffers' sizes: no overflow checks
                    i &+= 8
                    continue
                }
            }
            let byte = bytes[i]
            if byte < 0x80 {
                out[written] = UInt16(byte)
                written += 1
                i += 1
                words.ascii(byte)
                continue
            }
            let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            guard i + length <= count else { break }  // never in a valid string
            var scalar = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
            if scalar < 0x1_0000 {
                out[written] = UInt16(truncatingIfNeeded: scalar)
                written += 1
            } else {
                let value = scalar &- 0x1_0000
                out[written] = 0xD800 | UInt16(truncatingIfNeeded: value >> 10)
                out[written + 1] = 0xDC00 | UInt16(truncatingIfNeeded: value & 0x3FF)
                written += 2
            }
            words.nonASCII(scalar)
            i += length
        }
        return written
    }
}
