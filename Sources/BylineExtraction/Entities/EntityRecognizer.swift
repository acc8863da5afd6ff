/// Finds, types and merges the named entities of one article: capitalised runs become
/// candidates (titles split off, junk dropped), each candidate gathers evidence, and the
/// linker merges short forms into full names and types each entity by all its mentions.
public struct EntityRecognizer: Sendable {
    public var lexicon: Lexicon

    public init(lexicon: Lexicon = .shared) {
        self.lexicon = lexicon
    }

    public func recognize(_ text: ArticleText) -> [RecognizedEntity] {
        recognize(TokenizedText(text))
    }

    public func recognize(_ text: TokenizedText) -> [RecognizedEntity] {
        let context = RecognitionContext(text: text, lexicon: lexicon)
        let headlineStyle = text.sentences.map { NameChunker.isHeadlineStyle(context.tokens[$0.tokens]) }
        context.capitalizedInside = capitalizedInside(context, headlineStyle: headlineStyle)
        let builder = CandidateBuilder(context: context)
        var candidates: [Candidate] = []
        var chunks: [Range<Int>] = []
        for (sentence, isHeadlineStyle) in zip(text.sentences, headlineStyle) {
            let chunker = NameChunker(context: context, isHeadlineStyle: isHeadlineStyle)
            chunks.removeAll(keepingCapacity: true)
            chunker.chunks(in: sentence.tokens, into: &chunks)
            for chunk in chunks {
                builder.candidates(in: chunk, sentenceStart: sentence.tokens.lowerBound, into: &candidates)
            }
        }
        return EntityLinker(candidates: candidates, lexicon: lexicon).link()
    }

    /// Listed words seen capitalised away from a sentence start, by word id, sorted and
    /// without repeats: there, capitals mean a name (only common words are ever asked about).
    /// A sorted array, not a `Set`: a handful of ids, asked by binary search.
    private func capitalizedInside(_ context: RecognitionContext, headlineStyle: [Bool]) -> [Int32] {
        var words: [Int32] = []
        let tokens = context.tokens
        for (sentence, isHeadlineStyle) in zip(context.text.sentences, headlineStyle) where !isHeadlineStyle {
            var seenWord = false
            for index in sentence.tokens where tokens[index].kind == .word {
                let shape = tokens[index].shape
                if seenWord, shape.contains(.capitalized), !shape.contains(.allCaps),
                    context.facts[index].contains(.common)
                {
                    if let id = context.facts.wordID(index) { words.append(id) }
                }
                seenWord = true
            }
        }
        words.sort()
        var unique: [Int32] = []
        unique.reserveCapacity(words.count)
        for id in words where unique.last != id { unique.append(id) }
        return unique
    }
}
