/// What the attribution rules look at: the article's tokens and sentences, the quotations
/// found, and each token's verb of reporting (looked up once). Read-only; resolving speakers
/// to entities is separate. A class, so that the many readers holding it share one copy.
final class AttributionContext: Sendable {
    let text: ArticleText
    let tokens: [Token]
    let sentences: [Sentence]
    let quotes: [QuotedSpan]
    /// `verbs[i]` is the verb of reporting token `i` spells, if any.
    private let verbs: [SpeechVerb?]
    /// `cuesBefore[i]`: how many of the first `i` tokens are a verb of reporting or `according`,
    /// so a reader can skip a sentence with none in constant time.
    private let cuesBefore: [Int32]
    /// Lower-cased text of tokens with capitals (nil for the others, already lower case), made
    /// once: the word-set tests ask for it many times.
    private let lowered: [String?]

    init(_ tokenized: TokenizedText, quotes: [QuotedSpan]) {
        self.text = tokenized.text
        self.tokens = tokenized.tokens
        self.sentences = tokenized.sentences
        self.quotes = quotes
        let lexicon = SpeechVerbLexicon.shared
        var verbs: [SpeechVerb?] = []
        var cuesBefore: [Int32] = [0]
        var lowered: [String?] = []
        verbs.reserveCapacity(tokenized.tokens.count)
        cuesBefore.reserveCapacity(tokenized.tokens.count + 1)
        lowered.reserveCapacity(tokenized.tokens.count)
        var count: Int32 = 0
        var previous: Token?
        for token in tokenized.tokens {
            var verb = token.kind == .word && !token.isCapitalized ? lexicon[token.text] : nil
            // `Ginsburg's comments`, `his remarks`, `a claim`: after a possessive or a
            // determiner the word is a noun, not a verb of reporting.
            if let found = verb, found.form == .base || found.form == .present, let before = previous,
                before.isPossessive || (before.kind == .word && Self.nounDeterminers.contains(before.text.lowercased()))
            {
                verb = nil
            }
            previous = token
            let lower = token.isCapitalized || token.shape.contains(.allCaps) ? token.text.lowercased() : nil
            if verb != nil || (token.kind == .word && token.text.utf8.count == 9 && (lower ?? token.text) == "according") {
                count += 1
            }
            verbs.append(verb)
            lowered.append(lower)
            cuesBefore.append(count)
        }
        self.verbs = verbs
        self.cuesBefore = cuesBefore
        self.lowered = lowered
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
        return lowered[index] ?? tokens[index].text
    }

    /// Every token test answers false outside the text, so readers may look one token past
    /// either end without checking (the first sentence starts at token 0).
    func isWord(_ index: Int, in set: Set<String>) -> Bool {
        tokens.indices.contains(index) && tokens[index].kind == .word && set.contains(lower(index))
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
        if Self.quoteMarks.contains(token.text) { return true }
        guard token.text == "'" else { return false }
        let next = index + 1 < tokens.count && tokens[index + 1].text == "'" && tokens[index + 1].span.start == token.span.end
        let previous = index > 0 && tokens[index - 1].text == "'" && tokens[index - 1].span.end == token.span.start
        return next || previous
    }

    /// A sentence-ending mark, but not the period of an abbreviation the tokenizer left
    /// apart (`R-Ky.,`, `(R-Fla.)`).
    func isClauseEnd(_ index: Int) -> Bool {
        guard isPunctuation(index, Self.clauseEnds) else { return false }
        if tokens[index].text == ".", index + 1 < tokens.count, [",", ")"].contains(tokens[index + 1].text) { return false }
        return true
    }

    /// A verb of reporting at `index`, if the word is one.
    func speechVerb(at index: Int) -> SpeechVerb? { verbs.indices.contains(index) ? verbs[index] : nil }

    /// `according to` starting at `index`.
    func isAccordingTo(_ index: Int) -> Bool {
        index >= 0 && index + 1 < tokens.count && tokens[index].text.utf8.count == 9 && lower(index) == "according"
            && tokens[index + 1].text == "to"
    }

    static let quoteMarks: Set<String> = ["\"", "“", "”", "«", "»", "„"]
    static let clauseEnds: Set<String> = [".", "!", "?", ";", "…", "...", "!?", "?!"]
}
