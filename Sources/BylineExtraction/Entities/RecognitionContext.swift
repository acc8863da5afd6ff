/// One article as the recognizer's parts see it: tokens, sentences, what the lists know
/// about each token (looked up once), and which words the article capitalises mid-sentence.
///
/// A class: the chunker, candidate builder, title splitter and evidence scorer each hold
/// it, and as a struct every one of those copies retained a dozen arrays and dictionaries.
final class RecognitionContext {
    let text: TokenizedText
    let tokens: [Token]
    /// The article's UTF-16 code units (`text.text.utf16`), which token spans index.
    let units: [UInt16]
    /// The lexicon, read in place through the one shared store (never copied: see `LexiconStore`).
    var lexicon: Lexicon {
        _read { yield store.lexicon }
    }
    let store: LexiconStore
    /// `facts[i]` is what the lists know about `tokens[i].text` (empty for non-words).
    let facts: FactTable
    /// Whether each sentence is in title case or capitals (`NameChunker.isHeadlineStyle`).
    let headlineStyle: [Bool]
    /// Listed words seen capitalised away from a sentence start (outside capitals or
    /// title-case lines), by word id (`FactTable.wordID`), sorted without repeats.
    /// Constants, not variables: every read of a class's variable is checked for exclusive
    /// access at run time.
    let capitalizedInside: [Int32]

    convenience init(text: TokenizedText, lexicon: Lexicon) {
        self.init(text: text, store: LexiconStore(lexicon))
    }

    init(text: TokenizedText, store: LexiconStore) {
        self.text = text
        self.tokens = text.tokens
        self.units = text.text.utf16
        self.store = store
        let facts = FactTable(text: text, store: store)
        self.facts = facts
        (headlineStyle, capitalizedInside) = Self.readSentences(text, facts)
    }

    /// Whether token `index` is a listed word the article capitalises mid-sentence.
    func isCapitalizedInside(_ index: Int) -> Bool {
        guard !capitalizedInside.isEmpty, let id = facts.wordID(index) else { return false }
        let low = capitalizedInside.partitioningIndex { $0 >= id }
        return low < capitalizedInside.count && capitalizedInside[low] == id
    }

    /// The name as the lists key it: tokens joined by single spaces. The bytes are copied
    /// into one string of the right size: appending token by token grew it several times.
    func key(_ range: Range<Int>) -> String {
        if range.count == 1 { return tokens[range.lowerBound].text }
        if let ascii = asciiKey(range) { return ascii }
        var length = range.count - 1
        for index in range { length += tokens[index].text.utf8.count }
        return String(unsafeUninitializedCapacity: length) { bytes in
            var offset = 0
            for index in range {
                if index > range.lowerBound {
                    bytes[offset] = 0x20
                    offset += 1
                }
                var text = tokens[index].text
                text.withUTF8 { word in
                    for byte in word {
                        bytes[offset] = byte
                        offset += 1
                    }
                }
            }
            return offset
        }
    }

    /// `key(range)` of ASCII tokens (nearly every name), made from the text's code units (a
    /// token's text is its span's units): no token `String` is retained or read, and a key of
    /// up to 15 bytes whose tokens stand one space apart in the text is made straight in the
    /// small-string form (`SmallASCII`). Nil when a token holds other characters.
    private func asciiKey(_ range: Range<Int>) -> String? {
        units.withUnsafeBufferPointer { units in
            tokens.withUnsafeBufferPointer { tokens in
                precondition(range.lowerBound >= 0 && range.upperBound <= tokens.count, "name outside the tokens")
                var length = range.count - 1
                var spaced = true
                for index in range {
                    let span = tokens[index].span
                    precondition(span.start >= 0 && span.end <= units.count, "token outside the text")
                    for i in span.start..<span.end where units[i] >= 0x80 { return nil }
                    length += span.end - span.start
                    if index > range.lowerBound {
                        let gap = tokens[index - 1].span.end
                        spaced = spaced && span.start == gap + 1 && units[gap] == 0x20
                    }
                }
                let start = tokens[range.lowerBound].span.start
                if spaced, length >= 1, length <= SmallASCII.maxCount, SmallASCII.isAvailable {
                    return SmallASCII.make(units, start, start + length)
                }
                return String(unsafeUninitializedCapacity: length) { bytes in
                    var offset = 0
                    for index in range {
                        if index > range.lowerBound {
                            bytes[offset] = 0x20
                            offset += 1
                        }
                        let span = tokens[index].span
                        for i in span.start..<span.end {
                            bytes[offset] = UInt8(truncatingIfNeeded: units[i])
                            offset += 1
                        }
                    }
                    return offset
                }
            }
        }
    }
}
