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

    @inline(__always)
    private static func bit(_ value: Bool) -> Int { value ? 1 : 0 }
}
