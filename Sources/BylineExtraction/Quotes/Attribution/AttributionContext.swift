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
    private let verbTable: SpeechVerbTable
    /// `cuesBefore[i]`: how many of the first `i` tokens are a verb of reporting or `according`,
    /// so a reader can skip a sentence with none in constant time.
    private let cuesBefore: [Int32]
    /// The token indices of those cues in text order: `cuePositions[cuesBefore[i]...]` are the
    /// cues at or after token `i`, so a reader visits only the tokens where a cue can start.
    private let cuePositions: [Int32]
    /// Lower-cased text of tokens with capitals, made once: the word-set tests ask for it many
    /// times. `loweredIndex[i]` is its place in `loweredTexts`, or -1 for tokens already in
    /// lower case (most of them; an array of `String?` per token cost a release per token).
    private let loweredIndex: [Int32]
    private let loweredTexts: [String]

    init(_ tokenized: TokenizedText, quotes: [QuotedSpan]) {
        self.text = tokenized.text
        self.tokens = tokenized.tokens
        self.sentences = tokenized.sentences
        self.quotes = quotes
        let verbTable = SpeechVerbTable.shared
        let count = tokenized.tokens.count
        var verbIDs = [Int16](repeating: -1, count: count)
        var cuesBefore = [Int32](repeating: 0, count: count + 1)
        var loweredIndex = [Int32](repeating: -1, count: count)
        var loweredTexts: [String] = []
        var cuePositions: [Int32] = []
        // Written through buffers: a captured array checked its uniqueness on every store.
        verbTable.withReader { reader in
            tokenized.text.utf16.withUnsafeBufferPointer { units in
                tokenized.tokens.withUnsafeBufferPointer { tokens in
                    verbIDs.withUnsafeMutableBufferPointer { verbIDs in
                        cuesBefore.withUnsafeMutableBufferPointer { cuesBefore in
                            loweredIndex.withUnsafeMutableBufferPointer { loweredIndex in
                                var cues: Int32 = 0
                                for index in 0..<count {
                                    // Fields read in place: copying a token retains its text.
                                    let kind = tokens[index].kind
                                    let shape = tokens[index].shape
                                    var verb: Int16 = -1
                                    if kind == .word, !shape.contains(.capitalized) {
                                        let span = tokens[index].span
                                        // The text only for a word that is not ASCII: passing it retained it.
                                        verb = verbTable.id(units, span.start..<span.end, in: reader) { tokens[index].text }
                                    }
                                    // `Ginsburg's comments`, `his remarks`, `a claim`: after a possessive or a
                                    // determiner the word is a noun, not a verb of reporting.
                                    if verb >= 0, index > 0 {
                                        let form = verbTable.verbs[Int(verb)].form
                                        if form == .base || form == .present {
                                            let before = tokens[index - 1]
                                            if before.isPossessive
                                                || (before.kind == .word && Self.nounDeterminers.contains(before.text.lowercased()))
                                            {
                                                verb = -1
                                            }
                                        }
                                    }
                                    var lower: String?
                                    if shape.contains(.capitalized) || shape.contains(.allCaps) {
                                        let lowered = ASCIICase.lowercased(tokens[index].text)
                                        loweredIndex[index] = Int32(loweredTexts.count)
                                        loweredTexts.append(lowered)
                                        lower = lowered
                                    }
                                    if verb >= 0
                                        || (kind == .word && tokens[index].text.utf8.count == 9
                                            && (lower ?? tokens[index].text) == "according")
                                    {
                                        cues += 1
                                        cuePositions.append(Int32(index))
                                    }
                                    verbIDs[index] = verb
                                    cuesBefore[index + 1] = cues
                                }
                            }
                        }
                    }
                }
            }
        }
        self.verbIDs = verbIDs
        self.verbTable = verbTable
        self.cuesBefore = cuesBefore
        self.cuePositions = cuePositions
        self.loweredIndex = loweredIndex
        self.loweredTexts = loweredTexts
    }

    static let nounDeterminers: Set<String> = [
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
        tokens.partitioningIndex { $0.span.start >= offset }
    }

    /// Index of the sentence holding the token at `index` (the last one for an index past the end).
    func sentenceIndex(ofToken index: Int) -> Int {
        max(0, sentences.partitioningIndex { $0.tokens.lowerBound > index } - 1)
    }

    /// The token's text in lower case, without allocating when it already is.
    func lower(_ index: Int) -> String {
        guard tokens.indices.contains(index) else { return "" }
        let place = loweredIndex[index]
        return place >= 0 ? loweredTexts[Int(place)] : tokens[index].text
    }

    /// Every token test answers false outside the text, so readers may look one token past
    /// either end without checking (the first sentence starts at token 0).
    func isWord(_ index: Int, in set: Set<String>) -> Bool {
        tokens.indices.contains(index) && tokens[index].kind == .word && set.contains(lower(index))
    }

    /// `isWord(index, in: words.words)`, tested on the token's bytes without hashing a `String`.
    func isWord(_ index: Int, in words: WordClass) -> Bool {
        guard tokens.indices.contains(index), tokens[index].kind == .word else { return false }
        // `lower(index)` lowers exactly the tokens with an entry in `loweredIndex`.
        let folding = loweredIndex[index] >= 0
        var text = tokens[index].text
        return text.withUTF8 { words.contains(utf8: $0, folding: folding) } ?? words.words.contains(lower(index))
    }

    func isPunctuation(_ index: Int, _ marks: Set<String>) -> Bool {
        tokens.indices.contains(index) && tokens[index].kind == .punctuation && marks.contains(tokens[index].text)
    }

    /// Whether the token is a double quotation mark (straight, curly, or half of the NYT's
    /// `''`). Single marks are left out: most of them are apostrophes (`veterans' families`).
    func isQuoteMark(_ index: Int) -> Bool {
        guard tokens.indices.contains(index) else { return false }
        let token = tokens[index]
        guard token.kind == .punctuation else { return false }
        if Self.isDoubleQuoteMark(token.text) { return true }
        guard token.text == "'" else { return false }
        let next = index + 1 < tokens.count && tokens[index + 1].text == "'" && tokens[index + 1].span.start == token.span.end
        let previous = index > 0 && tokens[index - 1].text == "'" && tokens[index - 1].span.end == token.span.start
        return next || previous
    }

    /// A sentence-ending mark, but not the period of an abbreviation the tokenizer left
    /// apart (`R-Ky.,`, `(R-Fla.)`).
    func isClauseEnd(_ index: Int) -> Bool {
        guard isPunctuation(index, Self.clauseEnds) else { return false }
        if tokens[index].text == ".", index + 1 < tokens.count, tokens[index + 1].text == "," || tokens[index + 1].text == ")" {
            return false
        }
        return true
    }

    /// A verb of reporting at `index`, if the word is one.
    func speechVerb(at index: Int) -> SpeechVerb? {
        guard verbIDs.indices.contains(index) else { return nil }
        let id = verbIDs[index]
        return id >= 0 ? verbTable.verbs[Int(id)] : nil
    }

    /// The form and traits of the verb of reporting at `index`, if the word is one (what
    /// `speechVerb(at:)` answers, without copying the lemma).
    func verbFacts(at index: Int) -> SpeechVerbTable.Facts? {
        guard verbIDs.indices.contains(index) else { return nil }
        let id = verbIDs[index]
        return id >= 0 ? verbTable.facts[Int(id)] : nil
    }

    /// `according to` starting at `index`.
    func isAccordingTo(_ index: Int) -> Bool {
        index >= 0 && index + 1 < tokens.count && tokens[index].text.utf8.count == 9 && lower(index) == "according"
            && tokens[index + 1].text == "to"
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
    static let clauseEnds: Set<String> = [".", "!", "?", ";", "…", "...", "!?", "?!"]
}
