/// `NavigationLine.isNavigation`'s word and segment rules read from UTF-8 bytes, for lines
/// `ScalarText.isSimple` accepts: the same answers without splitting into substrings.
extension NavigationLine {
    static func isMenu(_ bytes: UnsafeBufferPointer<UInt8>, padded: Bool) -> Bool {
        // Words: runs between spaces. Segments: runs between menu separators, counted by
        // the words they hold; empty ones do not count.
        var words = 0
        var segments = 0
        var segmentWords = 0
        var segmentsWithin3 = true
        var segmentsWithin2 = true
        var inWord = false
        var inSegmentWord = false
        func endSegment() {
            guard segmentWords > 0 else { return }
            segments += 1
            if segmentWords > 3 { segmentsWithin3 = false }
            if segmentWords > 2 { segmentsWithin2 = false }
            segmentWords = 0
        }
        var index = 0
        while index < bytes.count {
            let (value, length) = ScalarText.scalar(at: index, in: bytes)
            index += length
            if value == 0x20 {
                inWord = false
                inSegmentWord = false
                continue
            }
            if !inWord { words += 1 }
            inWord = true
            // "|•·»›" end a segment; to the word count they are words like any other.
            if value == 0x7C || value == 0x2022 || value == 0xB7 || value == 0xBB || value == 0x203A {
                inSegmentWord = false
                endSegment()
            } else {
                if !inSegmentWord { segmentWords += 1 }
                inSegmentWord = true
            }
        }
        endSegment()
        if segments >= 2, segmentsWithin3, segments >= 3 || segmentsWithin2 || padded { return true }
        if padded, words <= 8 { return true }
        guard words <= 8 else { return false }
        var menu = 0
        var meaningful = 0
        var onlyWordIsNews = false
        var seen = 0
        for word in SpaceSeparatedWords(bytes) {
            // Past the point where even all the remaining words being menu words could not
            // make half the line, the answer is no (a one-word line has nothing remaining).
            if words > 1, (menu + words - seen) * 2 < words { return false }
            seen += 1
            let isMenuWord: Bool
            let isGlue: Bool
            if ScalarText.isASCII(bytes, word) {
                // ASCII words are looked up packed, without a `String` (`PackedWordSet`).
                isMenuWord = packedMenuWords.containsLowercased(bytes, word)
                isGlue = isMenuWord && packedGlue.containsLowercased(bytes, word)
                if words == 1 { onlyWordIsNews = packedNews.containsLowercased(bytes, word) }
            } else {
                let lower = lowercased(bytes, word)
                isMenuWord = menuWords.contains(lower)
                isGlue = isMenuWord && glue.contains(lower)
                if words == 1 { onlyWordIsNews = lower == "news" }
            }
            if isMenuWord {
                menu += 1
                if !isGlue { meaningful += 1 }
            }
        }
        return meaningful >= 2 && menu * 2 >= words || (words == 1 && meaningful == 1 && !onlyWordIsNews)
    }

    static let packedMenuWords = PackedWordSet(menuWords)
    static let packedGlue = PackedWordSet(glue)
    static let packedNews = PackedWordSet(["news"])

    /// `String.lowercased()` of a word: ASCII bytes directly, anything else through `String`.
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        guard ScalarText.isASCII(bytes, range) else { return ScalarText.string(bytes, range).lowercased() }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            for (offset, index) in range.enumerated() {
                let byte = bytes[index]
                buffer[offset] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            }
            return range.count
        }
    }
}
