/// What the attribution rules look at: the article's tokens and sentences, the quotations
/// found, and each token's verb of reporting (looked up once). Read-only; resolving speakers
/// to entities is separate. A class, so that the many readers holding it share one copy.
final class AttributionContext: Sendable {
    let text: ArticleText
    let tokens: [Token]
    let sentences: [Sentence]
    let quotes: [QuotedSpan]
    /// `verbIDs[i]` is the id in `SpeechVerbTable` of the verb of reporting token `i` spells,
    /// or -1 (integers: an array of `SpeechVerb?` retained and released a lemma per token).
    private let verbIDs: [Int16]
    /// `cuesBefore[i]`: how many of the first `i` tokens are a verb of reporting or `according`,
    /// so a reader can skip a sentence with none in constant time.
    private let cuesBefore: [Int32]
    /// The token indices of those cues in text order: `cuePositions[cuesBefore[i]...]` are the
    /// cues at or after token `i`, so a reader visits only the tokens where a cue can start.
    private let cuePositions: [Int32]
    /// The text's code units (the array `text` holds, not a copy): the word tests read a
    /// token's units in place instead of its `String`.
    let units: [UInt16]
    /// Tokens with capitals and letters beyond ASCII, with their lower-cased text in token
    /// order: Unicode lowering costs thousands of instructions and a rule may ask for one
    /// token many times, so these few are lowered once. ASCII tokens are lowered on demand.
    let nonASCIILowered: [(index: Int32, text: String)]
    /// `keys[i]`: token `i`'s `PackedWordSet.packedKey` (lowered as `lower` lowers it), or 0 when
    /// the token is not one to eight ASCII units. The rules test the few tokens around every
    /// cue against many lists; packed once here, each test is one probe of a small table.
    let keys: [UInt64]
    /// `sites[i]`: where quotation `i` sits among the tokens, read once here for every reader.
    let sites: [QuoteSite]

    init(_ tokenized: TokenizedText, quotes: [QuotedSpan]) {
        self.text = tokenized.text
        self.tokens = tokenized.tokens
        self.sentences = tokenized.sentences
        self.quotes = quotes
        self.units = tokenized.text.utf16
        let verbTable = SpeechVerbTable.shared
        let count = tokenized.tokens.count
        var cuePositions: [Int32] = []
        // About one token in thirty is a cue: room for most articles' without regrowing.
        // Room for the bound (a cue at every token) was measured in session 12 and costs
        // more: blocks past malloc's small-size caches added about 60 k instructions in
        // malloc and free on the 400-file sample, where the 589 regrowths cost about 14 k.
        cuePositions.reserveCapacity(count / 24 + 4)
        var nonASCIILowered: [(index: Int32, text: String)] = []
        var verbIDs: [Int16] = []
        var cuesBefore: [Int32] = []
        // Every element is written by the scan: no zero-filling first. The scan takes the
        // buffers as arguments (in registers), not captured by nested closures, which made the
        // loop reload each array's base from the closure context on every store.
        let keys = [UInt64](unsafeUninitializedCapacity: count) { keys, keysDone in
            verbIDs = [Int16](unsafeUninitializedCapacity: count) { verbIDs, verbsDone in
                cuesBefore = [Int32](unsafeUninitializedCapacity: count + 1) { cuesBefore, cuesDone in
                    verbTable.withReader { reader in
                        tokenized.text.utf16.withUnsafeBufferPointer { units in
                            tokenized.tokens.withUnsafeBufferPointer { tokens in
                                Self.scan(
                                    TokenScan(
                                        tokens: tokens, units: units, keys: keys, verbIDs: verbIDs,
                                        cuesBefore: cuesBefore, verbTable: verbTable, reader: reader),
                                    cuePositions: &cuePositions, nonASCIILowered: &nonASCIILowered)
                            }
                        }
                    }
                    cuesDone = count + 1
                }
                verbsDone = count
            }
            keysDone = count
        }
        self.verbIDs = verbIDs
        // No copy of the verb table is kept: `speechVerb(at:)` and `verbFacts(at:)` read the
        // shared one. A copy retained its ten arrays per article, and released them when the
        // context went; both threads doing so to the same counters made each one slow.
        self.cuesBefore = cuesBefore
        self.cuePositions = cuePositions
        self.nonASCIILowered = nonASCIILowered
        self.keys = keys
        self.sites = quotes.indices.map { index in
            QuoteSite(quote: index, quotes: quotes, tokens: tokenized.tokens, sentences: tokenized.sentences)
        }
    }

    /// `lower(index) == "according"` for a word token, by its code units: nine ASCII units
    /// equal to the word once lowered as `lower` lowers them (only in a token with capitals).
    /// A text equal to an ASCII word but not spelled with its bytes would need a character
    /// canonically equal to a lower-case ASCII letter, and there is none.
    @inline(__always)
    static func isAccording(_ units: UnsafeBufferPointer<UInt16>, _ span: TextSpan, _ shape: Token.Shape) -> Bool {
        guard span.end - span.start == 9 else { return false }
        let folding = shape.contains(.capitalized) || shape.contains(.allCaps)
        var k = 0
        for i in span.start..<span.end {
            let unit = units[i]
            let lowered = folding && unit &- 0x41 < 26 ? unit | 0x20 : unit
            if lowered != according[k] { return false }
            k += 1
        }
        return true
    }

    private static let according: [UInt16] = Array("according".utf16)

    /// Tested by code units in the scan (for ASCII text, lowering each upper-case letter is
    /// what `lowercased()` does; any other text takes `lowercased()` and the set).
    static let nounDeterminers: WordClass = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "such",
    ]

    /// Whether any token in `range` is a verb of reporting or `according`.
    func hasCue(in range: Range<Int>) -> Bool {
        let low = max(0, min(range.lowerBound, tokens.count))
        let high = max(low, min(range.upperBound, tokens.count))
        return cuesBefore[high] > cuesBefore[low]
    }

    /// The tokens in `range` that are a verb of reporting or `according`, in text order.
    func cues(in range: Range<Int>) -> ArraySlice<Int32> {
        let low = max(0, min(range.lowerBound, tokens.count))
        let high = max(low, min(range.upperBound, tokens.count))
        return cuePositions[Int(cuesBefore[low])..<Int(cuesBefore[high])]
    }

    /// The id in `SpeechVerbTable.shared` of the verb of reporting at `index`, or -1: the
    /// integer test that `speechVerb(at:)` makes before building its answer.
    func verbID(at index: Int) -> Int {
        verbIDs.indices.contains(index) ? Int(verbIDs[index]) : -1
    }

    /// Index of the first token starting at or after `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        Self.tokenIndex(atOrAfter: offset, in: tokens)
    }

    static func tokenIndex(atOrAfter offset: Int, in tokens: [Token]) -> Int {
        // Over the buffer: each probed token is read in place, not copied (its text retained).
        tokens.withUnsafeBufferPointer { tokens in tokens.partitioningIndex { $0.span.start >= offset } }
    }

    /// Index of the sentence holding the token at `index` (the last one for an index past the end).
    func sentenceIndex(ofToken index: Int) -> Int {
        Self.sentenceIndex(ofToken: index, in: sentences)
    }

    static func sentenceIndex(ofToken index: Int, in sentences: [Sentence]) -> Int {
        let after = sentences.withUnsafeBufferPointer { sentences in
            sentences.partitioningIndex { $0.tokens.lowerBound > index }
        }
        return max(0, after - 1)
    }

    /// A sentence-ending mark, but not the period of an abbreviation the tokenizer left
    /// apart (`R-Ky.,`, `(R-Fla.)`).
    func isClauseEnd(_ index: Int) -> Bool {
        guard isClauseEndMark(index) else { return false }
        if isMark(index, 0x2E), index + 1 < tokens.count, isMark(index + 1, 0x2C) || isMark(index + 1, 0x29) {
            return false
        }
        return true
    }

    /// `isPunctuation(index, Self.clauseEnds)` by the code units, without the list (whose
    /// `…` sent every mark beyond ASCII to its `Set`): `.`, `!`, `?`, `;` or U+037E (the
    /// only character canonically equal to one of them), `…`, `!?`, `?!` and `...`. No other
    /// text is canonically equal to any of these (`ClauseEndTests` compares with the list).
    @inline(__always)
    func isClauseEndMark(_ index: Int) -> Bool {
        guard tokens.indices.contains(index), tokens[index].kind == .punctuation else { return false }
        let span = tokens[index].span
        switch span.end - span.start {
        case 1:
            switch units[span.start] {
            case 0x2E, 0x21, 0x3F, 0x3B, 0x037E, 0x2026: return true
            default: return false
            }
        case 2:
            let first = units[span.start]
            let second = units[span.start + 1]
            return (first == 0x21 && second == 0x3F) || (first == 0x3F && second == 0x21)
        case 3:
            return units[span.start] == 0x2E && units[span.start + 1] == 0x2E && units[span.start + 2] == 0x2E
        default:
            return false
        }
    }

    /// A verb of reporting at `index`, if the word is one.
    func speechVerb(at index: Int) -> SpeechVerb? {
        guard verbIDs.indices.contains(index) else { return nil }
        let id = verbIDs[index]
        return id >= 0 ? SpeechVerbTable.shared.verbs[Int(id)] : nil
    }

    /// The form and traits of the verb of reporting at `index`, if the word is one (what
    /// `speechVerb(at:)` answers, without copying the lemma).
    func verbFacts(at index: Int) -> SpeechVerbTable.Facts? {
        guard verbIDs.indices.contains(index) else { return nil }
        let id = verbIDs[index]
        return id >= 0 ? SpeechVerbTable.shared.facts[Int(id)] : nil
    }

    /// `according to` starting at `index`.
    func isAccordingTo(_ index: Int) -> Bool {
        guard index >= 0, index + 1 < tokens.count else { return false }
        let span = tokens[index].span
        let shape = tokens[index].shape
        return units.withUnsafeBufferPointer { Self.isAccording($0, span, shape) } && tokens[index + 1].text == "to"
    }

    static let quoteMarks: Set<String> = ["\"", "“", "”", "«", "»", "„"]

    /// `quoteMarks.contains(text)` by the bytes: each mark is one scalar that no other text is
    /// canonically equal to, so equal bytes and equal strings agree; hashing a non-ASCII
    /// string (a curly quote) took Unicode normalisation on every test.
    static func isDoubleQuoteMark(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            switch bytes.count {
            case 1: return bytes[0] == 0x22  // "
            case 2: return bytes[0] == 0xC2 && (bytes[1] == 0xAB || bytes[1] == 0xBB)  // « »
            case 3: return bytes[0] == 0xE2 && bytes[1] == 0x80 && (0x9C...0x9E).contains(bytes[2])  // “ ” „
            default: return false
            }
        }
    }
    static let clauseEnds: WordClass = [".", "!", "?", ";", "…", "...", "!?", "?!"]
}
