/// `ArticleExtractor.wordCount`'s rule fed one scalar at a time: words are runs between
/// spaces and line feeds that hold a letter or digit.
struct WordCounter {
    private var count = 0
    private var inWord = false
    private var hasContent = false

    var total: Int { inWord && hasContent ? count + 1 : count }

    mutating func endWord() {
        if inWord && hasContent { count += 1 }
        inWord = false
        hasContent = false
    }

    @inline(__always)
    mutating func ascii(_ byte: UInt8) {
        if byte == 0x20 || byte == 0x0A {
            endWord()
            return
        }
        inWord = true
        if !hasContent { hasContent = (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }
    }

    mutating func nonASCII(_ scalar: UInt32) {
        inWord = true
        if !hasContent, let scalar = Unicode.Scalar(scalar) { hasContent = CodeUnits.isNonASCIIAlphanumeric(scalar) }
    }
}
