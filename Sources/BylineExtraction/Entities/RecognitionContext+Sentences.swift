extension RecognitionContext {
    /// One pass over the sentences: whether each is in title case or capitals
    /// (`NameChunker.isHeadlineStyle`), and, in the others, the listed words seen capitalised
    /// away from the sentence's first word, by word id, sorted without repeats: there,
    /// capitals mean a name (only common words are ever asked about). Only the capitalised
    /// common words the fact table noted are looked at, not every token again.
    static func readSentences(_ text: TokenizedText, _ facts: FactTable) -> (headlineStyle: [Bool], inside: [Int32]) {
        var headlineStyle: [Bool] = []
        headlineStyle.reserveCapacity(text.sentences.count)
        var words: [Int32] = []
        let marked = facts.capitalizedCommon
        // At most one id per marked word: reserved once, not grown by doubling.
        if !marked.isEmpty { words.reserveCapacity(marked.count) }
        text.tokens.withUnsafeBufferPointer { tokens in
            for sentence in text.sentences {
                let range = sentence.tokens
                precondition(range.lowerBound >= 0 && range.upperBound <= tokens.count, "sentence outside the tokens")
                let isHeadline = NameChunker.isHeadlineStyle(tokens, range)
                headlineStyle.append(isHeadline)
                guard !isHeadline, !marked.isEmpty else { continue }
                var next = marked.partitioningIndex { $0 >= range.lowerBound }
                guard next < marked.count, marked[next] < range.upperBound else { continue }
                // A word counts once a word came before it in the sentence.
                guard let firstWord = range.first(where: { tokens[$0].kind == .word }) else { continue }
                while next < marked.count, marked[next] < range.upperBound {
                    if marked[next] > firstWord, let id = facts.wordID(marked[next]) { words.append(id) }
                    next += 1
                }
            }
        }
        guard !words.isEmpty else { return (headlineStyle, []) }
        // A sorted array, not a `Set`: a handful of ids, asked by binary search. Repeats are
        // dropped in place (a second array cost an allocation per article).
        words.sort()
        var kept = 0
        for next in words.indices where kept == 0 || words[kept - 1] != words[next] {
            words[kept] = words[next]
            kept += 1
        }
        words.removeLast(words.count - kept)
        return (headlineStyle, words)
    }
}
