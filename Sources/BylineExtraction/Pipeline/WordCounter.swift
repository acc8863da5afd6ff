/// `ArticleExtractor.wordCount`'s rule fed one scalar at a time: words are runs between
/// spaces and line feeds that hold a letter or digit.
///
/// ASCII bytes are counted without branches: in prose a space comes every six bytes or so,
/// too irregularly for branch prediction, and the mispredicted branches cost more than the
/// rest of the pass. Only a word holding content is counted, and content implies being
/// inside a word, so one flag serves.
struct WordCounter {
    private var count = 0
    /// 1 while inside a word that holds a letter or digit, else 0.
    private var hasContent = 0

    var total: Int { count + hasContent }

    mutating func endWord() {
        count += hasContent
        hasContent = 0
    }

    @inline(__always)
    mutating func ascii(_ byte: UInt8) {
        let separator = Self.bit(byte == 0x20) | Self.bit(byte == 0x0A)
        let content = Self.bit((byte | 0x20) &- 0x61 < 26) | Self.bit(byte &- 0x30 < 10)
        count += separator & hasContent
        hasContent = (hasContent | content) & (separator ^ 1)
    }

    mutating func nonASCII(_ scalar: UInt32) {
        if hasContent == 0, let scalar = Unicode.Scalar(scalar), CodeUnits.isNonASCIIAlphanumeric(scalar) {
            hasContent = 1
        }
    }

    /// `ascii` of eight ASCII bytes at once (`word`, little-endian, every byte below 0x80).
    /// A separator ends a counted word when the nearest separator-or-content byte before
    /// it is content (or, before the first byte, when the carried state holds content).
    /// Each byte's class becomes one bit of a mask; the other bytes (punctuation) form runs
    /// that content reaches across, and one addition finds where it lands: with a bit just
    /// above each content byte (and at bit 0 for the carried state), adding the mask of
    /// other bytes carries each such bit through the run of other bytes it starts, to the
    /// next separator or content byte (bit 8: past the block, the state carried out). A bit
    /// that starts no run is such a byte already. Two bits never share a run (each starts
    /// right above content, which ends any run), so no carry meets another.
    @inline(__always)
    mutating func asciiChunk(_ word: UInt64) {
        let separators = Self.mask(Self.equal(word, 0x20) | Self.equal(word, 0x0A))
        let content = Self.mask(
            Self.inRange(word | 0x2020_2020_2020_2020, 0x61, 0x7A) | Self.inRange(word, 0x30, 0x39))
        let others = ~(separators | content) & 0xFF
        let landed = (others &+ (content << 1 | UInt64(hasContent))) & ~others
        count &+= (landed & separators).nonzeroBitCount  // at most the text's length
        hasContent = Int((landed >> 8) & 1)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// High bit of each byte equal to `byte` (exact: no carry crosses a byte).
    @inline(__always)
    private static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let e = word ^ (ones &* UInt64(byte))
        return ~(((e & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | e) & high
    }

    /// High bit of each byte within `low...high` (bytes below 0x80: sums stay in the byte).
    @inline(__always)
    private static func inRange(_ word: UInt64, _ low: UInt8, _ upper: UInt8) -> UInt64 {
        (word &+ ones &* UInt64(0x80 - low)) & ~(word &+ ones &* UInt64(0x7F - upper)) & high
    }

    /// The high bits of the eight bytes as bits 0...7 (byte k -> bit k).
    @inline(__always)
    private static func mask(_ highBits: UInt64) -> UInt64 {
        (((highBits >> 7) & ones) &* 0x0102_0408_1020_4080) >> 56
    }

    @inline(__always)
    private static func bit(_ value: Bool) -> Int { value ? 1 : 0 }
}
